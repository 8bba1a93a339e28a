-- Issue 16 item 2, the rest: the Sekcam assigns kriteria of an evaluation to a jabatan of the office, whose holder
-- answers them, and whoever may answer a kriteria attaches evidence files to it.
-- An assigned kriteria nobody has answered is an answer row with an empty usulan: still "belum dinilai", never 0.
-- The files follow the rules of the realisasi's bukti dukung (type by content, SHA-256, a file with the name of a
-- current one replaces it and stays as history); they hang on the evaluation and the kriteria's kode, not on the
-- answer row, so an upload never changes the version an answer is saved against.

alter table jawaban_kriteria add column ditugaskan_ke_id bigint;
alter table jawaban_kriteria add constraint fk_jawaban_kriteria_ditugaskan_ke_id
    foreign key (ditugaskan_ke_id) references jabatan (id);
alter table jawaban_kriteria_aud add column ditugaskan_ke_id bigint;

create table bukti_kriteria (
    id bigint not null auto_increment,
    evaluasi_id bigint not null,
    kriteria varchar(40) not null,
    nama_file varchar(255) not null,
    tipe_konten varchar(100) not null,
    ukuran bigint not null,
    sha256 varchar(64) not null,
    isi longblob not null,
    diunggah_oleh varchar(60) not null,
    diunggah_pada datetime(6) not null,
    diganti_pada datetime(6),
    version bigint not null,
    primary key (id),
    key ix_bukti_kriteria_evaluasi_kriteria (evaluasi_id, kriteria),
    constraint fk_bukti_kriteria_evaluasi_id foreign key (evaluasi_id) references evaluasi_akip (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
