package id.kecamatan.kinerja.base;

/**
 * What a writer of the inputs of capaian tells, in its transaction, so that the figures kept from them (the
 * aggregates of pengukuran.PemeliharaAgregat) change in the same commit. Here, in base, because the writers (targets,
 * indicator settings, the plan importer, the sample data) live in packages that the rollup's package depends on; an
 * approval or a reopening needs no call, as its PerubahanStatus event is heard.
 */
public interface PerubahanCapaian {

    /** A target of the indicator in that year changed. */
    void tandai(long indikatorId, int tahun);

    /** How the indicator's capaian is computed changed (formula, agregasi, polaritas, rumus): every year. */
    void tandaiIndikator(long indikatorId);

    /** Every figure of the instansi changed (its negative-polarity convention), or its plan or data was written in bulk. */
    void tandaiInstansi(long instansiId);
}
