-- Schema of Kinerja Kecamatan: the domain model of DESIGN.md §3, with Envers audit tables (*_aud, revisi).
-- Hibernate only validates this schema (ddl-auto=validate); every change is a new migration.

create table revisi (
    id bigint not null auto_increment,
    waktu bigint not null,
    pengguna varchar(60),
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table instansi (
    id bigint not null auto_increment,
    penandatangan_id bigint,
    kode varchar(40) not null,
    tanggal_penetapan varchar(60),
    tempat_penetapan varchar(100),
    kabupaten varchar(200),
    nama varchar(200) not null,
    provinsi varchar(200),
    tugas text,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table instansi_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    penandatangan_id bigint,
    kode varchar(40),
    tanggal_penetapan varchar(60),
    tempat_penetapan varchar(100),
    kabupaten varchar(200),
    nama varchar(200),
    provinsi varchar(200),
    tugas text,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table unit_kerja (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    urutan integer not null,
    kode varchar(40) not null,
    nama varchar(200) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table unit_kerja_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    urutan integer,
    kode varchar(40),
    nama varchar(200),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table jabatan (
    id bigint not null auto_increment,
    atasan_id bigint,
    instansi_id bigint not null,
    unit_kerja_id bigint,
    verifikator_id bigint,
    urutan integer not null,
    kode varchar(40) not null,
    nama varchar(200) not null,
    tugas text,
    peran enum ('ADMIN','CAMAT','KEPALA_UNIT','SEKCAM','STAF') not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table jabatan_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    atasan_id bigint,
    instansi_id bigint,
    unit_kerja_id bigint,
    verifikator_id bigint,
    urutan integer,
    kode varchar(40),
    nama varchar(200),
    tugas text,
    peran enum ('ADMIN','CAMAT','KEPALA_UNIT','SEKCAM','STAF'),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table jabatan_fungsi (
    jabatan_id bigint not null,
    urutan integer not null,
    fungsi varchar(500) not null,
    primary key (urutan, jabatan_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table jabatan_fungsi_aud (
    rev bigint not null,
    revtype tinyint,
    jabatan_id bigint not null,
    urutan integer not null,
    fungsi varchar(500) not null,
    primary key (urutan, jabatan_id, rev, fungsi)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table pegawai (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    data_contoh bit not null,
    nip varchar(30),
    nama varchar(200) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table pegawai_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    data_contoh bit,
    nip varchar(30),
    nama varchar(200),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table penugasan (
    id bigint not null auto_increment,
    jabatan_id bigint not null,
    pegawai_id bigint not null,
    mulai date,
    selesai date,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table penugasan_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    jabatan_id bigint,
    pegawai_id bigint,
    mulai date,
    selesai date,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table akun (
    id bigint not null auto_increment,
    pegawai_id bigint not null,
    aktif bit not null,
    harus_ganti_password bit not null,
    dibuat_pada datetime(6) not null,
    username varchar(60) not null,
    password_hash varchar(100) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table visi (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    teks text not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table visi_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    teks text,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table misi (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    nomor integer not null,
    teks text not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table misi_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    nomor integer,
    teks text,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table tujuan (
    id bigint not null auto_increment,
    misi_id bigint not null,
    urutan integer not null,
    kode varchar(40) not null,
    teks text not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table tujuan_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    misi_id bigint,
    urutan integer,
    kode varchar(40),
    teks text,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table sasaran (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    tujuan_id bigint,
    urutan integer not null,
    kode varchar(40) not null,
    teks text not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table sasaran_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    tujuan_id bigint,
    urutan integer,
    kode varchar(40),
    teks text,
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table indikator (
    id bigint not null auto_increment,
    instansi_id bigint not null,
    pemilik_id bigint not null,
    sasaran_id bigint not null,
    urutan integer not null,
    kode varchar(40) not null,
    satuan varchar(40) not null,
    sumber_data varchar(300),
    nama varchar(500) not null,
    rumus varchar(500),
    catatan text,
    penjelasan_formula text,
    agregasi enum ('KUMULATIF','RATA_RATA','TERAKHIR') not null,
    jenis enum ('IKI','IKU') not null,
    jenis_formula enum ('JUMLAH','NILAI','RASIO','RUMUS') not null,
    polaritas enum ('NEGATIF','POSITIF') not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table indikator_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    instansi_id bigint,
    pemilik_id bigint,
    sasaran_id bigint,
    urutan integer,
    kode varchar(40),
    satuan varchar(40),
    sumber_data varchar(300),
    nama varchar(500),
    rumus varchar(500),
    catatan text,
    penjelasan_formula text,
    agregasi enum ('KUMULATIF','RATA_RATA','TERAKHIR'),
    jenis enum ('IKI','IKU'),
    jenis_formula enum ('JUMLAH','NILAI','RASIO','RUMUS'),
    polaritas enum ('NEGATIF','POSITIF'),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table komponen (
    id bigint not null auto_increment,
    indikator_id bigint not null,
    urutan integer not null,
    kode varchar(40) not null,
    satuan varchar(40) not null,
    nama varchar(500) not null,
    peran enum ('ISIAN','PEMBILANG','PENYEBUT') not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table komponen_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    indikator_id bigint,
    urutan integer,
    kode varchar(40),
    satuan varchar(40),
    nama varchar(500),
    peran enum ('ISIAN','PEMBILANG','PENYEBUT'),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table target (
    id bigint not null auto_increment,
    indikator_id bigint not null,
    nilai decimal(19,4),
    revisi integer not null,
    tahun integer not null,
    triwulan integer,
    dibuat_pada datetime(6) not null,
    dibuat_oleh varchar(60),
    nilai_teks varchar(60),
    alasan_revisi varchar(500),
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table target_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    indikator_id bigint,
    nilai decimal(19,4),
    revisi integer,
    tahun integer,
    triwulan integer,
    dibuat_pada datetime(6),
    dibuat_oleh varchar(60),
    nilai_teks varchar(60),
    alasan_revisi varchar(500),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table cascade_indikator (
    id bigint not null auto_increment,
    iki_id bigint not null,
    iku_id bigint not null,
    bobot decimal(9,4) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table cascade_indikator_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    iki_id bigint,
    iku_id bigint,
    bobot decimal(9,4),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table realisasi (
    id bigint not null auto_increment,
    indikator_id bigint not null,
    tahun integer not null,
    triwulan integer not null,
    diajukan_pada datetime(6),
    disetujui_pada datetime(6),
    catatan_verifikator text,
    kendala text,
    keterangan text,
    status enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF') not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table realisasi_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    indikator_id bigint,
    tahun integer,
    triwulan integer,
    diajukan_pada datetime(6),
    disetujui_pada datetime(6),
    catatan_verifikator text,
    kendala text,
    keterangan text,
    status enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF'),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table nilai_komponen (
    id bigint not null auto_increment,
    komponen_id bigint not null,
    realisasi_id bigint not null,
    nilai decimal(19,4) not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table nilai_komponen_aud (
    id bigint not null,
    rev bigint not null,
    revtype tinyint,
    komponen_id bigint,
    realisasi_id bigint,
    nilai decimal(19,4),
    primary key (id, rev)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table bukti_dukung (
    id bigint not null auto_increment,
    realisasi_id bigint not null,
    diganti_pada datetime(6),
    diunggah_pada datetime(6) not null,
    ukuran bigint not null,
    diunggah_oleh varchar(60) not null,
    sha256 varchar(64) not null,
    tipe_konten varchar(100) not null,
    nama_file varchar(255) not null,
    isi longblob not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table riwayat_status (
    id bigint not null auto_increment,
    realisasi_id bigint not null,
    pada datetime(6) not null,
    oleh varchar(60) not null,
    catatan text,
    dari enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF'),
    ke enum ('DIAJUKAN','DIKEMBALIKAN','DISETUJUI','DRAF') not null,
    version bigint not null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

alter table akun add constraint uk_akun_pegawai_id unique (pegawai_id);
alter table akun add constraint uk_akun_username unique (username);
alter table cascade_indikator add constraint uk_cascade unique (iki_id, iku_id);
alter table indikator add constraint uk_indikator_kode unique (instansi_id, kode);
alter table instansi add constraint uk_instansi_kode unique (kode);
alter table jabatan add constraint uk_jabatan_kode unique (instansi_id, kode);
alter table komponen add constraint uk_komponen_kode unique (indikator_id, kode);
alter table misi add constraint uk_misi_nomor unique (instansi_id, nomor);
alter table nilai_komponen add constraint uk_nilai_komponen unique (realisasi_id, komponen_id);
alter table realisasi add constraint uk_realisasi_periode unique (indikator_id, tahun, triwulan);
alter table sasaran add constraint uk_sasaran_kode unique (instansi_id, kode);
alter table target add constraint uk_target unique (indikator_id, tahun, triwulan, revisi);
alter table unit_kerja add constraint uk_unit_kerja_kode unique (instansi_id, kode);
alter table visi add constraint uk_visi_instansi_id unique (instansi_id);

alter table akun add constraint fk_akun_pegawai_id foreign key (pegawai_id) references pegawai (id);
alter table bukti_dukung add constraint fk_bukti_dukung_realisasi_id foreign key (realisasi_id) references realisasi (id);
alter table cascade_indikator add constraint fk_cascade_indikator_iki_id foreign key (iki_id) references indikator (id);
alter table cascade_indikator add constraint fk_cascade_indikator_iku_id foreign key (iku_id) references indikator (id);
alter table cascade_indikator_aud add constraint fk_cascade_indikator_aud_rev foreign key (rev) references revisi (id);
alter table indikator add constraint fk_indikator_instansi_id foreign key (instansi_id) references instansi (id);
alter table indikator add constraint fk_indikator_pemilik_id foreign key (pemilik_id) references jabatan (id);
alter table indikator add constraint fk_indikator_sasaran_id foreign key (sasaran_id) references sasaran (id);
alter table indikator_aud add constraint fk_indikator_aud_rev foreign key (rev) references revisi (id);
alter table instansi add constraint fk_instansi_penandatangan_id foreign key (penandatangan_id) references jabatan (id);
alter table instansi_aud add constraint fk_instansi_aud_rev foreign key (rev) references revisi (id);
alter table jabatan add constraint fk_jabatan_atasan_id foreign key (atasan_id) references jabatan (id);
alter table jabatan add constraint fk_jabatan_instansi_id foreign key (instansi_id) references instansi (id);
alter table jabatan add constraint fk_jabatan_unit_kerja_id foreign key (unit_kerja_id) references unit_kerja (id);
alter table jabatan add constraint fk_jabatan_verifikator_id foreign key (verifikator_id) references jabatan (id);
alter table jabatan_aud add constraint fk_jabatan_aud_rev foreign key (rev) references revisi (id);
alter table jabatan_fungsi add constraint fk_jabatan_fungsi_jabatan_id foreign key (jabatan_id) references jabatan (id);
alter table jabatan_fungsi_aud add constraint fk_jabatan_fungsi_aud_rev foreign key (rev) references revisi (id);
alter table komponen add constraint fk_komponen_indikator_id foreign key (indikator_id) references indikator (id);
alter table komponen_aud add constraint fk_komponen_aud_rev foreign key (rev) references revisi (id);
alter table misi add constraint fk_misi_instansi_id foreign key (instansi_id) references instansi (id);
alter table misi_aud add constraint fk_misi_aud_rev foreign key (rev) references revisi (id);
alter table nilai_komponen_aud add constraint fk_nilai_komponen_aud_rev foreign key (rev) references revisi (id);
alter table nilai_komponen add constraint fk_nilai_komponen_komponen_id foreign key (komponen_id) references komponen (id);
alter table nilai_komponen add constraint fk_nilai_komponen_realisasi_id foreign key (realisasi_id) references realisasi (id);
alter table pegawai add constraint fk_pegawai_instansi_id foreign key (instansi_id) references instansi (id);
alter table pegawai_aud add constraint fk_pegawai_aud_rev foreign key (rev) references revisi (id);
alter table penugasan add constraint fk_penugasan_jabatan_id foreign key (jabatan_id) references jabatan (id);
alter table penugasan add constraint fk_penugasan_pegawai_id foreign key (pegawai_id) references pegawai (id);
alter table penugasan_aud add constraint fk_penugasan_aud_rev foreign key (rev) references revisi (id);
alter table realisasi add constraint fk_realisasi_indikator_id foreign key (indikator_id) references indikator (id);
alter table realisasi_aud add constraint fk_realisasi_aud_rev foreign key (rev) references revisi (id);
alter table riwayat_status add constraint fk_riwayat_status_realisasi_id foreign key (realisasi_id) references realisasi (id);
alter table sasaran add constraint fk_sasaran_instansi_id foreign key (instansi_id) references instansi (id);
alter table sasaran add constraint fk_sasaran_tujuan_id foreign key (tujuan_id) references tujuan (id);
alter table sasaran_aud add constraint fk_sasaran_aud_rev foreign key (rev) references revisi (id);
alter table target add constraint fk_target_indikator_id foreign key (indikator_id) references indikator (id);
alter table target_aud add constraint fk_target_aud_rev foreign key (rev) references revisi (id);
alter table tujuan add constraint fk_tujuan_misi_id foreign key (misi_id) references misi (id);
alter table tujuan_aud add constraint fk_tujuan_aud_rev foreign key (rev) references revisi (id);
alter table unit_kerja_aud add constraint fk_unit_kerja_aud_rev foreign key (rev) references revisi (id);
alter table unit_kerja add constraint fk_unit_kerja_instansi_id foreign key (instansi_id) references instansi (id);
alter table visi add constraint fk_visi_instansi_id foreign key (instansi_id) references instansi (id);
alter table visi_aud add constraint fk_visi_aud_rev foreign key (rev) references revisi (id);
