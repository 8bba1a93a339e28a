-- Sample targets and realisasi of the default run (seed/DataContoh) are flagged, so every screen can say so and
-- they never pass for real figures. bit, like pegawai.data_contoh: the type Hibernate gives a boolean on MariaDB.
alter table target add column data_contoh bit not null default 0;
alter table target_aud add column data_contoh bit not null default 0;
alter table realisasi add column data_contoh bit not null default 0;
alter table realisasi_aud add column data_contoh bit not null default 0;
