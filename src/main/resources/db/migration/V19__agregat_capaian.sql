-- Issue 17 item 4: the capaian of each indicator per year and reporting quarter, as the rollup computes it from the
-- approved realisasi, the targets in force and the instansi's convention, kept up to date in the transaction of every
-- change to those inputs (pengukuran.PemeliharaAgregat), so that the rollup of thousands of kecamatan reads one row
-- per indicator instead of every approved komponen value. Derived data: the raw rows stay the truth, and
-- pengukuran.PemeriksaAgregat recomputes from them and reports every difference.
-- A row exists for an indicator and year with a target or an approved realisasi; without one the figures are those
-- of no data and no target, which the rollup derives itself.
create table agregat_capaian (
    tahun integer not null,
    -- the reporting quarter: the figures count the approved quarters up to this one
    triwulan integer not null,
    indikator_id bigint not null,
    -- as target.nilai: the target the period is measured against, null where none is set
    target decimal(19,4),
    -- capaian.Hasil: NILAI with its number (2 decimals, as Angka rounds), or the reason there is none
    jenis_realisasi enum ('NILAI','BELUM_DIISI','TIDAK_DAPAT_DIHITUNG') not null,
    realisasi decimal(65,2),
    alasan_realisasi text,
    jenis_capaian enum ('NILAI','BELUM_DIISI','TIDAK_DAPAT_DIHITUNG') not null,
    capaian decimal(65,2),
    alasan_capaian text,
    triwulan_disetujui integer not null,
    -- the national rollup reads one year and quarter: a range of the primary key
    primary key (tahun, triwulan, indikator_id),
    constraint fk_agregat_capaian_indikator foreign key (indikator_id) references indikator (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create index ix_agregat_capaian_indikator on agregat_capaian (indikator_id, tahun);

-- The instansi whose aggregates have been built from their raw rows; one missing here (an installation older than
-- this table, or an instansi written by bulk SQL) is built at start or before the next read of the aggregates.
create table agregat_instansi (
    instansi_id bigint not null,
    primary key (instansi_id),
    constraint fk_agregat_instansi_instansi foreign key (instansi_id) references instansi (id) on delete cascade
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
