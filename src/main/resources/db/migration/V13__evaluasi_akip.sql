-- Issue 16 item 2, first part: the office's own evaluation of its performance accountability with the Lembar Kerja
-- Evaluasi (LKE). The LKE itself (komponen, sub-komponen, kriteria, answer scales) is data in a YAML file per
-- regulation (src/main/resources/lke); an evaluation names the file it answers, so a new regulation is a new file
-- and an evaluation already answered keeps its own. One evaluation per instansi and year; one answer row per kriteria
-- answered, its changes kept by Envers. An empty answer is "belum dinilai", never 0.

create table evaluasi_akip (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    tahun integer not null,
    berkas_lke varchar(100) not null,
    dibuka_oleh varchar(200) not null,
    dibuka_pada datetime(6) not null,
    version bigint not null,
    primary key (id),
    constraint uk_evaluasi_akip unique (instansi_id, tahun),
    constraint fk_evaluasi_akip_instansi_id foreign key (instansi_id) references instansi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table jawaban_kriteria (
    id bigint not null auto_increment,
    evaluasi_id bigint not null,
    kriteria varchar(40) not null,
    usulan varchar(2),
    justifikasi text,
    diubah_oleh varchar(200) not null,
    diubah_pada datetime(6) not null,
    version bigint not null,
    primary key (id),
    constraint uk_jawaban_kriteria unique (evaluasi_id, kriteria),
    constraint fk_jawaban_kriteria_evaluasi_id foreign key (evaluasi_id) references evaluasi_akip (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table jawaban_kriteria_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    evaluasi_id bigint,
    kriteria varchar(40),
    usulan varchar(2),
    justifikasi text,
    diubah_oleh varchar(200),
    diubah_pada datetime(6),
    primary key (id, rev),
    constraint fk_jawaban_kriteria_aud_rev foreign key (rev) references revisi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
