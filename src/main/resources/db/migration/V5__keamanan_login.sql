-- Login hardening: the lock of an account after repeated failures is kept in the database, so that it
-- holds across restarts and across instances; and the security log of logins and refused access.
alter table akun add column gagal_berturut int not null default 0;
alter table akun add column terkunci_sampai datetime(6) null;

-- Times are UTC (hibernate.jdbc.time_zone=UTC).
create table log_keamanan (
    id bigint not null auto_increment,
    waktu datetime(6) not null,
    username varchar(60) null,
    alamat varchar(64) null,
    peristiwa varchar(30) not null,
    detail varchar(500) null,
    primary key (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_log_keamanan_waktu on log_keamanan (waktu);
create index ix_log_keamanan_username on log_keamanan (username, waktu);
