-- Issue 14: the Rencana Aksi of an indicator for a year: what its owner plans to do in each triwulan (kegiatan, with
-- who does it) and the target each triwulan should reach (cumulative to the quarter's end or the quarter's own value,
-- as the indicator's agregasi says; empty = belum direncanakan, never 0). It goes through the same workflow as a
-- realisasi (DRAF > DIAJUKAN > DISETUJUI, or back to the owner as DIKEMBALIKAN), each step and each saved change a
-- row of riwayat_rencana_aksi.

create table rencana_aksi (
    id bigint not null auto_increment,
    indikator_id bigint not null,
    tahun integer not null,
    target1 decimal(19,4),
    target2 decimal(19,4),
    target3 decimal(19,4),
    target4 decimal(19,4),
    status enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF') not null,
    catatan_verifikator text,
    diajukan_pada datetime(6),
    disetujui_pada datetime(6),
    diubah_pada datetime(6),
    version bigint not null,
    primary key (id),
    constraint uk_rencana_aksi unique (indikator_id, tahun),
    constraint fk_rencana_aksi_indikator_id foreign key (indikator_id) references indikator (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table kegiatan_aksi (
    id bigint not null auto_increment,
    rencana_aksi_id bigint not null,
    triwulan integer not null,
    urutan integer not null,
    uraian varchar(500) not null,
    pelaksana varchar(200) not null,
    version bigint not null,
    primary key (id),
    constraint fk_kegiatan_aksi_rencana_aksi_id foreign key (rencana_aksi_id) references rencana_aksi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table riwayat_rencana_aksi (
    id bigint not null auto_increment,
    rencana_aksi_id bigint not null,
    pada datetime(6) not null,
    oleh varchar(60) not null,
    dari enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF'),
    ke enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF') not null,
    catatan text,
    perubahan text,
    version bigint not null,
    primary key (id),
    constraint fk_riwayat_rencana_aksi_rencana_aksi_id foreign key (rencana_aksi_id) references rencana_aksi (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
