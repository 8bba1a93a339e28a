-- The login throttle per address is kept in the database, not in memory, so that every instance behind a proxy
-- shares one count: an address gets its budget of failures once, not once per instance.
-- Times are UTC, written from the portal's clock (not NOW()), so that instances and tests agree.
create table pembatas_alamat (
    -- as log_keamanan.alamat: an IPv6 address (45) with room for a zone id (fe80::1%eth0)
    alamat varchar(64) not null,
    gagal int not null,
    terakhir datetime(6) not null,
    primary key (alamat)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- finds the rows to forget without reading the whole table
create index ix_pembatas_alamat_terakhir on pembatas_alamat (terakhir);
