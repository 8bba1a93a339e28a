package id.kecamatan.kinerja.indikator;

import static id.kecamatan.kinerja.capaian.PeranKomponen.ISIAN;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PEMBILANG;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PENYEBUT;
import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of an indicator "diisi dari Evaluasi AKIP" once, in the order they are checked. */
class AturanDariLkeTest {

    @Test
    void ikuBerformulaNilaiDenganSatuIsianBolehBilaBelumAdaYangLain() {
        assertThat(AturanDariLke.periksa(JenisIndikator.IKU, JenisFormula.NILAI, List.of(ISIAN), null))
                .isEmpty();
    }

    @Test
    void setiapAturanDenganAlasannya() {
        assertThat(AturanDariLke.periksa(JenisIndikator.IKI, JenisFormula.NILAI, List.of(ISIAN), null))
                .contains(AturanDariLke.BUKAN_IKU);
        assertThat(AturanDariLke.periksa(null, JenisFormula.NILAI, List.of(ISIAN), null))
                .contains(AturanDariLke.BUKAN_IKU);
        assertThat(AturanDariLke.periksa(JenisIndikator.IKU, JenisFormula.RASIO, List.of(PEMBILANG, PENYEBUT), null))
                .contains(AturanDariLke.BUKAN_NILAI);
        assertThat(AturanDariLke.periksa(JenisIndikator.IKU, JenisFormula.NILAI, List.of(ISIAN, ISIAN), null))
                .contains(AturanDariLke.BUKAN_SATU_ISIAN);
        assertThat(AturanDariLke.periksa(JenisIndikator.IKU, JenisFormula.NILAI, List.of(PEMBILANG), null))
                .contains(AturanDariLke.BUKAN_SATU_ISIAN);
        // a komponen whose peran a reader could not read
        assertThat(AturanDariLke.periksa(
                        JenisIndikator.IKU, JenisFormula.NILAI, Arrays.asList((PeranKomponen) null), null))
                .contains(AturanDariLke.BUKAN_SATU_ISIAN);
        assertThat(AturanDariLke.periksa(JenisIndikator.IKU, JenisFormula.NILAI, List.of(ISIAN), "IKU-AKIP"))
                .contains(AturanDariLke.SUDAH_ADA);
    }

    @Test
    void pesanPengaturanMenyebutKodenya() {
        assertThat(AturanDariLke.SUDAH_ADA.pelanggaran("IKU-IPP")).satisfies(e -> {
            assertThat(e.getKunciPesan()).isEqualTo("indikator.dari-lke.sudah-ada");
            assertThat(e.getArgumen()).containsExactly("IKU-IPP");
        });
        assertThat(AturanDariLke.BUKAN_SATU_ISIAN.pelanggaran("X").getKunciPesan())
                .isEqualTo("indikator.dari-lke.bukan-satu-isian");
    }
}
