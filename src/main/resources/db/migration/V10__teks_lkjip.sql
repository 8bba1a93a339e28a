-- Issue 14 item 4: the complete LKjIP. The jabatan that writes its texts besides the Sekcam (the penyusun LKjIP,
-- an instansi setting), and the written sections themselves: append-only rows, one history per section and year,
-- numbered 1, 2, ...; the highest number is the text in force. The unique key turns two saves based on the same
-- text into one success and one conflict.

alter table instansi add column penyusun_lkjip_id bigint;
alter table instansi_aud add column penyusun_lkjip_id bigint;
alter table instansi add constraint fk_instansi_penyusun_lkjip_id foreign key (penyusun_lkjip_id) references jabatan (id);

create table teks_lkjip (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    tahun integer not null,
    bagian enum ('ANALISIS_SASARAN','ISU_STRATEGIS','LATAR_BELAKANG','PENUTUP') not null,
    sasaran_id bigint,
    kunci varchar(60) not null,
    nomor integer not null,
    teks text not null,
    oleh varchar(200) not null,
    pada datetime(6) not null,
    primary key (id),
    constraint uk_teks_lkjip unique (instansi_id, tahun, kunci, nomor),
    constraint fk_teks_lkjip_instansi_id foreign key (instansi_id) references instansi (id),
    constraint fk_teks_lkjip_sasaran_id foreign key (sasaran_id) references sasaran (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
