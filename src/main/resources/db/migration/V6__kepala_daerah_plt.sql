-- Issue 14: the instansi's kepala daerah (the Bupati, pihak kedua of the Camat's Perjanjian Kinerja), and acting
-- holders of a jabatan: a penugasan is definitive, Plt. (pelaksana tugas) or Plh. (pelaksana harian).

alter table instansi
    add column kepala_daerah_jabatan varchar(100),
    add column kepala_daerah_nama varchar(200),
    add column kepala_daerah_nip varchar(30);
alter table instansi_aud
    add column kepala_daerah_jabatan varchar(100),
    add column kepala_daerah_nama varchar(200),
    add column kepala_daerah_nip varchar(30);

alter table penugasan add column jenis enum ('DEFINITIF','PLT','PLH') not null default 'DEFINITIF';
alter table penugasan_aud add column jenis enum ('DEFINITIF','PLT','PLH');
