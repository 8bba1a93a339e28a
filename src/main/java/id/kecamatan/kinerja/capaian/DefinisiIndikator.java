package id.kecamatan.kinerja.capaian;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the calculation needs to know about an indicator. The constructor rejects any definition
 * that could not be computed, so a valid instance never fails later for structural reasons.
 *
 * @param formula   how one quarter's value is computed
 * @param agregasi  how quarters are combined
 * @param polaritas whether higher realisasi is better
 * @param komponen  the inputs; RASIO needs PEMBILANG and PENYEBUT, every other formula ISIAN only
 * @param rumus     the expression over komponen kode, for RUMUS only ({@code null} otherwise)
 */
public record DefinisiIndikator(
        JenisFormula formula,
        Agregasi agregasi,
        Polaritas polaritas,
        List<DefinisiKomponen> komponen,
        @Nullable String rumus) {

    public DefinisiIndikator {
        wajib(formula, "Jenis formula");
        wajib(agregasi, "Agregasi");
        wajib(polaritas, "Polaritas");
        wajib(komponen, "Daftar komponen");
        if (komponen.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Daftar komponen berisi komponen kosong");
        }
        komponen = List.copyOf(komponen);
        periksaKomponen(formula, komponen);
        if (formula == JenisFormula.RUMUS) {
            Rumus.periksa(rumus, komponen);
        } else if (rumus != null && !rumus.isBlank()) {
            throw new IllegalArgumentException("Rumus hanya diisi untuk formula RUMUS, bukan " + formula);
        } else {
            rumus = null;
        }
    }

    private static void periksaKomponen(JenisFormula formula, List<DefinisiKomponen> komponen) {
        if (komponen.isEmpty()) {
            throw new IllegalArgumentException("Indikator harus memiliki minimal satu komponen");
        }
        // ignoring case because RUMUS variables are case-insensitive, and 'Penduduk' vs 'penduduk' is a typo anyway
        Set<String> kode = new HashSet<>();
        for (DefinisiKomponen k : komponen) {
            if (!kode.add(k.kode().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Kode komponen '" + k.kode() + "' dipakai lebih dari sekali");
            }
        }
        switch (formula) {
            case RASIO -> {
                for (DefinisiKomponen k : komponen) {
                    if (k.peran() == PeranKomponen.ISIAN) {
                        throw new IllegalArgumentException(
                                "Formula RASIO hanya menerima komponen PEMBILANG dan PENYEBUT, " + "komponen '"
                                        + k.kode() + "' berperan ISIAN");
                    }
                }
                adaPeran(komponen, PeranKomponen.PEMBILANG);
                adaPeran(komponen, PeranKomponen.PENYEBUT);
            }
            case JUMLAH, NILAI, RUMUS -> {
                for (DefinisiKomponen k : komponen) {
                    if (k.peran() != PeranKomponen.ISIAN) {
                        throw new IllegalArgumentException("Formula " + formula + " hanya menerima komponen ISIAN, "
                                + "komponen '" + k.kode() + "' berperan " + k.peran());
                    }
                }
                if (formula == JenisFormula.NILAI && komponen.size() != 1) {
                    throw new IllegalArgumentException(
                            "Formula NILAI memerlukan tepat satu komponen, bukan " + komponen.size());
                }
            }
        }
    }

    private static void adaPeran(List<DefinisiKomponen> komponen, PeranKomponen peran) {
        if (komponen.stream().noneMatch(k -> k.peran() == peran)) {
            throw new IllegalArgumentException("Formula RASIO memerlukan minimal satu komponen " + peran);
        }
    }

    private static void wajib(Object nilai, String nama) {
        if (nilai == null) {
            throw new IllegalArgumentException(nama + " wajib diisi");
        }
    }
}
