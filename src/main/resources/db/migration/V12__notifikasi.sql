-- Issue 15 item 4: reminders by e-mail and the in-app notifications (the bell).
-- pengaturan_surel: the installation's one SMTP setting, edited by the Admin; no row (or aktif = 0) sends nothing.
-- profil_notifikasi: each account's own e-mail address and whether it wants e-mail at all (default: yes).
-- notifikasi: what the bell lists, one row per recipient and event; the unique key makes "recorded once" a fact of
--   the database, whoever records it and however often.
-- surel_keluar: the outbox of e-mails, written in the transaction of the event (or by the daily job for deadline
--   reminders and the verifikator's digest), sent later by the scheduled job; the same unique key: never twice.
-- (V11 belongs to the public page, built at the same time.)

create table pengaturan_surel (
    id bigint not null auto_increment,
    aktif bit not null,
    host varchar(255),
    port integer not null,
    keamanan enum ('SSL','STARTTLS','TIDAK_ADA') not null,
    username varchar(255),
    password varchar(255),
    pengirim varchar(254),
    hari_pengingat integer not null,
    diubah_oleh varchar(60),
    diubah_pada datetime(6),
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table profil_notifikasi (
    id bigint not null auto_increment,
    akun_id bigint not null,
    surel varchar(254),
    kirim_surel bit not null,
    version bigint not null,
    primary key (id),
    constraint uk_profil_notifikasi_akun unique (akun_id),
    constraint fk_profil_notifikasi_akun_id foreign key (akun_id) references akun (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table notifikasi (
    id bigint not null auto_increment,
    akun_id bigint not null,
    kunci varchar(120) not null,
    jenis enum ('PENGINGAT_TENGGAT','REALISASI_DIAJUKAN','REALISASI_DIKEMBALIKAN','REALISASI_DISETUJUI',
                'RENCANA_DIAJUKAN','RENCANA_DIKEMBALIKAN','RENCANA_DISETUJUI') not null,
    judul varchar(500) not null,
    tahun integer,
    triwulan integer,
    tenggat date,
    jumlah integer,
    catatan text,
    oleh varchar(200),
    tautan varchar(200),
    dibuat_pada datetime(6) not null,
    dibaca_pada datetime(6),
    primary key (id),
    constraint uk_notifikasi unique (akun_id, kunci),
    constraint fk_notifikasi_akun_id foreign key (akun_id) references akun (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_notifikasi_akun_dibuat on notifikasi (akun_id, dibuat_pada);
create index ix_notifikasi_jenis_dibuat on notifikasi (jenis, dibuat_pada);

create table surel_keluar (
    id bigint not null auto_increment,
    akun_id bigint not null,
    kunci varchar(120) not null,
    subjek varchar(300) not null,
    isi text not null,
    status enum ('BATAL','GAGAL','MENUNGGU','TERKIRIM') not null,
    percobaan integer not null,
    berikutnya datetime(6) not null,
    galat varchar(1000),
    alamat varchar(254),
    dibuat_pada datetime(6) not null,
    terkirim_pada datetime(6),
    primary key (id),
    constraint uk_surel_keluar unique (akun_id, kunci),
    constraint fk_surel_keluar_akun_id foreign key (akun_id) references akun (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_surel_keluar_status on surel_keluar (status, berikutnya);
