-- Issue 17 item 1: the kabupaten view. A kabupaten is an instansi of its own (jenis KABUPATEN) that holds the accounts
-- of its Bagian Organisasi or Inspektorat (role KABUPATEN); its kecamatan are the instansi of jenis KECAMATAN whose
-- kabupaten is its name. Every instansi so far is a kecamatan.

alter table instansi add column jenis enum ('KECAMATAN','KABUPATEN') not null default 'KECAMATAN';
alter table instansi_aud add column jenis enum ('KECAMATAN','KABUPATEN');

alter table jabatan
    modify peran enum ('ADMIN','CAMAT','KEPALA_UNIT','SEKCAM','STAF','EVALUATOR','KABUPATEN') not null;

alter table jabatan_aud
    modify peran enum ('ADMIN','CAMAT','KEPALA_UNIT','SEKCAM','STAF','EVALUATOR','KABUPATEN');
