-- Issue 16 item 3: the evaluation by an evaluator. A new role EVALUATOR (the kabupaten's Inspektorat, APIP), whose
-- jabatan is the portal's, not the office's. Per kriteria the evaluator's final answer ("penetapan") is kept beside
-- the office's own ("usulan"); the Sekcam sets it for an internal evaluation, but never over one the evaluator set
-- (penetapan_apip). Recommendations per evaluation (optionally on one kriteria), each with the office's follow-up:
-- what it did, by when, and its status. Every change of an answer or a recommendation is kept by Envers.

alter table jabatan
    modify peran enum ('ADMIN','CAMAT','KEPALA_UNIT','SEKCAM','STAF','EVALUATOR') not null;

alter table jabatan_aud
    modify peran enum ('ADMIN','CAMAT','KEPALA_UNIT','SEKCAM','STAF','EVALUATOR');

alter table jawaban_kriteria
    add column penetapan varchar(2),
    add column catatan_penetapan text,
    add column penetapan_apip bit not null default 0,
    add column ditetapkan_oleh varchar(200),
    add column ditetapkan_pada datetime(6);

alter table jawaban_kriteria_aud
    add column penetapan varchar(2),
    add column catatan_penetapan text,
    add column penetapan_apip bit,
    add column ditetapkan_oleh varchar(200),
    add column ditetapkan_pada datetime(6);

create table rekomendasi_evaluasi (
    id bigint not null auto_increment,
    evaluasi_id bigint not null,
    kriteria varchar(40),
    isi text not null,
    dari_apip bit not null,
    dibuat_oleh varchar(200) not null,
    dibuat_pada datetime(6) not null,
    tindak_lanjut text,
    batas_waktu date,
    status enum ('BELUM','PROSES','SELESAI') not null,
    tindak_lanjut_oleh varchar(200),
    tindak_lanjut_pada datetime(6),
    version bigint not null,
    primary key (id),
    constraint fk_rekomendasi_evaluasi_evaluasi_id foreign key (evaluasi_id) references evaluasi_akip (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table rekomendasi_evaluasi_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    evaluasi_id bigint,
    kriteria varchar(40),
    isi text,
    dari_apip bit,
    dibuat_oleh varchar(200),
    dibuat_pada datetime(6),
    tindak_lanjut text,
    batas_waktu date,
    status enum ('BELUM','PROSES','SELESAI'),
    tindak_lanjut_oleh varchar(200),
    tindak_lanjut_pada datetime(6),
    primary key (id, rev),
    constraint fk_rekomendasi_evaluasi_aud_rev foreign key (rev) references revisi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
