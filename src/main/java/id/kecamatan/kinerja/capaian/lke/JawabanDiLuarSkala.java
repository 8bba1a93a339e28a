package id.kecamatan.kinerja.capaian.lke;

/**
 * An answer that is not on its kriteria's scale, e.g. {@code X} for a Y/T kriteria, or an answer to a kriteria the
 * LKE does not have ({@link #kodeSkala()} empty then). Carries the parts a message in Bahasa Indonesia needs.
 */
public class JawabanDiLuarSkala extends IllegalArgumentException {

    private final String kodeKriteria;
    private final String jawaban;
    private final String kodeSkala;

    public JawabanDiLuarSkala(String kodeKriteria, String jawaban, String kodeSkala) {
        super(
                kodeSkala.isEmpty()
                        ? "Kriteria " + kodeKriteria + " tidak ada dalam LKE (jawaban '" + jawaban + "')"
                        : "Jawaban '" + jawaban + "' untuk kriteria " + kodeKriteria + " tidak ada pada skala "
                                + kodeSkala);
        this.kodeKriteria = kodeKriteria;
        this.jawaban = jawaban;
        this.kodeSkala = kodeSkala;
    }

    public String kodeKriteria() {
        return kodeKriteria;
    }

    public String jawaban() {
        return jawaban;
    }

    /** The scale the answer should be on; empty when the kriteria itself is unknown. */
    public String kodeSkala() {
        return kodeSkala;
    }
}
