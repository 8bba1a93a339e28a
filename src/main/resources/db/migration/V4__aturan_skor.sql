-- Issue 4: the weight of an IKU in the kecamatan score, and the score rules per instansi (cap and predikat
-- bands). An instansi without rows here uses the defaults of capaian.Skor and capaian.TabelPredikat.

alter table indikator add column bobot decimal(9,4) not null default 1;
alter table indikator_aud add column bobot decimal(9,4);

create table aturan_skor (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    batas_atas decimal(9,2) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table aturan_skor_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    batas_atas decimal(9,2),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table pita_predikat (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    jenis enum ('CAPAIAN','NILAI_AKIP') not null,
    batas decimal(9,2) not null,
    nama varchar(60) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table pita_predikat_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    jenis enum ('CAPAIAN','NILAI_AKIP'),
    batas decimal(9,2),
    nama varchar(60),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

alter table aturan_skor add constraint uk_aturan_skor_instansi unique (instansi_id);
alter table pita_predikat add constraint uk_pita_predikat unique (instansi_id, jenis, batas);
alter table aturan_skor add constraint fk_aturan_skor_instansi_id foreign key (instansi_id) references instansi (id);
alter table pita_predikat add constraint fk_pita_predikat_instansi_id foreign key (instansi_id) references instansi (id);
alter table aturan_skor_aud add constraint fk_aturan_skor_aud_rev foreign key (rev) references revisi (id);
alter table pita_predikat_aud add constraint fk_pita_predikat_aud_rev foreign key (rev) references revisi (id);
