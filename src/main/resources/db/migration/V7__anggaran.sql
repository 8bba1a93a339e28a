-- Issue 14: the budget of an instansi per year as the APBD structures it: program > kegiatan > sub-kegiatan. The pagu
-- and the realisasi anggaran of each triwulan are entered on the sub-kegiatan (a program's and a kegiatan's are
-- their sums); a program may be linked to the sasaran it serves, a sub-kegiatan to an indicator.

create table mata_anggaran (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    tahun integer not null,
    tingkat enum ('PROGRAM','KEGIATAN','SUB_KEGIATAN') not null,
    kode varchar(40) not null,
    nama varchar(500) not null,
    induk_id bigint,
    sasaran_id bigint,
    indikator_id bigint,
    pagu decimal(19,2),
    realisasi1 decimal(19,2),
    realisasi2 decimal(19,2),
    realisasi3 decimal(19,2),
    realisasi4 decimal(19,2),
    version bigint not null,
    primary key (id),
    constraint uk_mata_anggaran_kode unique (instansi_id, tahun, kode),
    constraint fk_mata_anggaran_instansi_id foreign key (instansi_id) references instansi (id),
    constraint fk_mata_anggaran_induk_id foreign key (induk_id) references mata_anggaran (id),
    constraint fk_mata_anggaran_sasaran_id foreign key (sasaran_id) references sasaran (id),
    constraint fk_mata_anggaran_indikator_id foreign key (indikator_id) references indikator (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table mata_anggaran_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    tahun integer,
    tingkat enum ('PROGRAM','KEGIATAN','SUB_KEGIATAN'),
    kode varchar(40),
    nama varchar(500),
    induk_id bigint,
    sasaran_id bigint,
    indikator_id bigint,
    pagu decimal(19,2),
    realisasi1 decimal(19,2),
    realisasi2 decimal(19,2),
    realisasi3 decimal(19,2),
    realisasi4 decimal(19,2),
    primary key (id, rev),
    constraint fk_mata_anggaran_aud_rev foreign key (rev) references revisi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
