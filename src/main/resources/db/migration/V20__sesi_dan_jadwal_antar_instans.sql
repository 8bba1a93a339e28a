-- Several instances of the portal on one database (issue 17, item 5).

-- Deactivating an account or resetting its password adds 1: a session remembers the number its login read, and
-- every instance ends a session whose number is no longer the account's (security/VersiSesiAkun), not only the
-- instance where the Admin clicked.
alter table akun add column versi_sesi int not null default 0;

-- A scheduled job that must run once a day across all instances claims its day here first: the primary key lets
-- one INSERT succeed, whichever instance fires first; the others find the day taken and skip it.
create table jadwal_harian (
    pekerjaan varchar(40) not null,
    tanggal date not null,
    -- which instance took it and when (UTC, the portal's clock), for the Admin reading the table
    oleh varchar(100) not null,
    pada datetime(6) not null,
    primary key (pekerjaan, tanggal)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
