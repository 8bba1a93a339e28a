-- When a realisasi was last saved. Every save changes the row itself, so its @Version moves even when only
-- komponen values changed, and two editors of one row always meet as a conflict.
alter table realisasi add column diubah_pada datetime(6);
alter table realisasi_aud add column diubah_pada datetime(6);
