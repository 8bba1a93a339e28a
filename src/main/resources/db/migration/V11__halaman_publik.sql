-- Issue 15 item 2: the public page. Whether the instansi shows its approved figures at /publik (off until the Camat
-- switches it on: a new feature does not publish an installed office's figures by itself), and the documents the
-- Camat published there: the PDF as it was made at that moment, so the public reads what the Camat saw; publishing
-- the same document again withdraws the earlier one, and a withdrawn row stays as the record of what was public.

alter table instansi add column halaman_publik bit not null default 0;
alter table instansi_aud add column halaman_publik bit;

create table dokumen_terbit (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    jenis enum ('PERJANJIAN_KINERJA','PENGUKURAN_KINERJA','LKJIP') not null,
    tahun integer not null,
    triwulan integer,
    nama_berkas varchar(200) not null,
    isi longblob not null,
    ukuran integer not null,
    sha256 char(64) not null,
    diterbitkan_oleh varchar(200) not null,
    diterbitkan_pada datetime(6) not null,
    ditarik_oleh varchar(200),
    ditarik_pada datetime(6),
    version bigint not null,
    primary key (id),
    key ix_dokumen_terbit_instansi (instansi_id, ditarik_pada),
    constraint fk_dokumen_terbit_instansi_id foreign key (instansi_id) references instansi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
