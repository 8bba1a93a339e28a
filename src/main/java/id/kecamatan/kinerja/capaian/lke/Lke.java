package id.kecamatan.kinerja.capaian.lke;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Lembar Kerja Evaluasi: its komponen (weights summing to 100 points) and the scales its kriteria are answered
 * on. Every kode (komponen, sub-komponen, kriteria) is unique in the whole LKE, so an answer is keyed by the
 * kriteria's kode alone.
 *
 * @param kode         e.g. {@code PERMENPANRB-88-2021}
 * @param nama         the name shown
 * @param berlakuMulai the first evaluation year it applies to
 */
public record Lke(String kode, String nama, int berlakuMulai, List<SkalaJawaban> skala, List<KomponenLke> komponen) {

    static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    public Lke {
        if (kode.isBlank() || nama.isBlank()) {
            throw new IllegalArgumentException("Kode dan nama LKE wajib diisi");
        }
        if (komponen.isEmpty()) {
            throw new IllegalArgumentException("LKE " + kode + " tidak memiliki komponen");
        }
        BigDecimal bobot = komponen.stream().map(KomponenLke::bobot).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (bobot.compareTo(SERATUS) != 0) {
            throw new IllegalArgumentException(
                    "Bobot komponen LKE " + kode + " berjumlah " + bobot.toPlainString() + ", seharusnya 100");
        }
        Set<String> kodeSkala = new HashSet<>();
        for (SkalaJawaban s : skala) {
            if (!kodeSkala.add(s.kode())) {
                throw new IllegalArgumentException("Kode skala " + s.kode() + " dipakai lebih dari sekali");
            }
        }
        Set<String> semuaKode = new HashSet<>();
        for (KomponenLke k : komponen) {
            unik(semuaKode, k.kode());
            for (SubKomponenLke sub : k.subKomponen()) {
                unik(semuaKode, sub.kode());
                for (KriteriaLke kr : sub.kriteria()) {
                    unik(semuaKode, kr.kode());
                    if (!skala.contains(kr.skala())) {
                        throw new IllegalArgumentException("Kriteria " + kr.kode() + " memakai skala "
                                + kr.skala().kode() + " yang tidak ada");
                    }
                }
            }
        }
        skala = List.copyOf(skala);
        komponen = List.copyOf(komponen);
    }

    /** Every kriteria in the LKE's order, keyed by kode. */
    public Map<String, KriteriaLke> kriteria() {
        Map<String, KriteriaLke> hasil = new LinkedHashMap<>();
        for (KomponenLke k : komponen) {
            for (SubKomponenLke sub : k.subKomponen()) {
                for (KriteriaLke kr : sub.kriteria()) {
                    hasil.put(kr.kode(), kr);
                }
            }
        }
        return hasil;
    }

    /** The kriteria with this kode, none when the LKE has none. */
    public @Nullable KriteriaLke kriteria(String kode) {
        return kriteria().get(kode);
    }

    /** The kriteria that name a {@link KriteriaLke#sumberData()}, for wiring automatic evidence. */
    public List<KriteriaLke> kriteriaBersumberData() {
        List<KriteriaLke> hasil = new ArrayList<>();
        for (KriteriaLke kr : kriteria().values()) {
            if (kr.sumberData() != null) {
                hasil.add(kr);
            }
        }
        return hasil;
    }

    private static void unik(Set<String> semuaKode, String kode) {
        if (!semuaKode.add(kode)) {
            throw new IllegalArgumentException("Kode " + kode + " dipakai lebih dari sekali dalam LKE");
        }
    }
}
