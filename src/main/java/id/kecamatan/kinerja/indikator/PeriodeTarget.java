package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.Triwulan;
import java.util.Optional;

/** What a target is set for within its year: the whole year, or one triwulan of it. */
public enum PeriodeTarget {
    // the yearly target first, then the triwulan in their order: ordinal() is the triwulan's nomor()
    TAHUNAN,
    TRIWULAN_I,
    TRIWULAN_II,
    TRIWULAN_III,
    TRIWULAN_IV;

    public static PeriodeTarget dari(Triwulan triwulan) {
        return values()[triwulan.nomor()];
    }

    /** The triwulan of a quarterly target; none for the yearly one. */
    public Optional<Triwulan> triwulan() {
        return this == TAHUNAN ? Optional.empty() : Optional.of(Triwulan.dari(ordinal()));
    }
}
