package id.kecamatan.kinerja.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.Skor;
import id.kecamatan.kinerja.pengukuran.Rollup.CapaianIku;
import id.kecamatan.kinerja.pengukuran.Rollup.SkorKecamatan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The rollup on the fixed dataset of {@link DataUjiRollup}, read from the real database; every expected figure
 * is worked out by hand in the comments.
 */
@UjiTerpadu
class RollupTest {

    private static final String KODE = InstansiUji.milik(RollupTest.class, "ROLLUP");

    @Autowired
    ApplicationContext ctx;

    @Autowired
    SumberRollup sumber;

    DataUjiRollup data;

    @BeforeEach
    void siapkan() {
        data = DataUjiRollup.siapkan(ctx, KODE);
    }

    @Test
    void setahunPenuhHanyaRealisasiDisetujui() {
        SkorKecamatan skor = Rollup.hitung(
                sumber.muat(List.of(data.instansiId), 2024, 2024), data.instansiId, new Periode(2024, Triwulan.IV));

        // IKI-KASI-PELAYANAN-1: (45 + 40) / (50 + 50) × 100 = 85; capaian 85 / 90 × 100 = 94,444… → 94,44
        assertThat(skor.indikator().get(data.indikator("IKI-KASI-PELAYANAN-1")).capaian())
                .isEqualTo(nilai("94.44"));
        // IKI-SEKCAM-1: 70 + 60 = 130 (the submitted 10 of Q3 does not count); capaian 130 / 100 × 100 = 130 (raw,
        // uncapped)
        assertThat(skor.indikator().get(data.indikator("IKI-SEKCAM-1")).realisasi())
                .isEqualTo(nilai("130.00"));
        assertThat(skor.indikator().get(data.indikator("IKI-SEKCAM-1")).capaian())
                .isEqualTo(nilai("130.00"));

        CapaianIku iku = skor.iku().getFirst();
        // IKU-IPP, TERAKHIR over approved quarters: 3,6 (the draft 4,0 of Q3 does not count); 3,6 / 3,5 × 100 =
        // 102,857… → 102,86
        assertThat(iku.iku().realisasi()).isEqualTo(nilai("3.60"));
        assertThat(iku.iku().capaian()).isEqualTo(nilai("102.86"));
        // IKI index: (94,44 × 1 + min(130, 120) × 2) / 3 = 334,44 / 3 = 111,48
        assertThat(iku.indeksIki().nilai()).isEqualTo(nilai("111.48"));
        assertThat(iku.indeksIki().terisi()).isEqualTo(2);
        // the IKU has its own approved realisasi, so it counts with 102,86; one IKU of weight 1
        assertThat(iku.capaian()).isEqualTo(nilai("102.86"));
        assertThat(skor.skor().nilai()).isEqualTo(nilai("102.86"));
        assertThat(skor.skor().terisi()).isEqualTo(1);
        assertThat(skor.indikatorTerisi()).isEqualTo(3);
        assertThat(skor.jumlahIndikator()).isEqualTo(3);
        // the one sasaran has an IKU, so it counts with the IKU as in the score (102,86), not with its two IKI
        assertThat(skor.sasaran().values()).containsExactly(new Skor.Gabungan(nilai("102.86"), 1, 1));
    }

    @Test
    void sampaiTriwulanPertama() {
        SkorKecamatan skor = Rollup.hitung(
                sumber.muat(List.of(data.instansiId), 2024, 2024), data.instansiId, new Periode(2024, Triwulan.I));

        // IKU 3,2 / 3,5 × 100 = 91,428… → 91,43; IKI 45/50 = 90 % → 100,00; IKI 70 → 70,00
        assertThat(skor.iku().getFirst().iku().capaian()).isEqualTo(nilai("91.43"));
        // IKI index (100 × 1 + 70 × 2) / 3 = 80,00
        assertThat(skor.iku().getFirst().indeksIki().nilai()).isEqualTo(nilai("80.00"));
        assertThat(skor.skor().nilai()).isEqualTo(nilai("91.43"));
    }

    @Test
    void ikuTanpaRealisasiSendiriMemakaiIndeksIkiDanCakupannyaTerlihat() {
        SkorKecamatan skor = Rollup.hitung(
                sumber.muat(List.of(data.instansiId), 2025, 2025), data.instansiId, new Periode(2025, Triwulan.IV));

        CapaianIku iku = skor.iku().getFirst();
        assertThat(iku.iku().capaian()).isInstanceOf(Hasil.BelumDiisi.class);
        // IKI-KASI-PELAYANAN-1: 30 / 40 = 75 % against 75 → 100,00; IKI-SEKCAM-1 has nothing: left out, not zero
        assertThat(iku.indeksIki().nilai()).isEqualTo(nilai("100.00"));
        assertThat(iku.indeksIki().terisi()).isEqualTo(1);
        assertThat(iku.indeksIki().jumlah()).isEqualTo(2);
        assertThat(skor.skor().nilai()).isEqualTo(nilai("100.00"));
        assertThat(skor.indikatorTerisi()).isEqualTo(1);
    }

    @Test
    void tahunTanpaDataTetapKosongBukanNol() {
        SkorKecamatan skor = Rollup.hitung(
                sumber.muat(List.of(data.instansiId), 2023, 2023), data.instansiId, new Periode(2023, Triwulan.IV));

        assertThat(skor.skor().nilai()).isInstanceOf(Hasil.BelumDiisi.class);
        assertThat(skor.skor().terisi()).isZero();
        assertThat(skor.indikatorTerisi()).isZero();
    }

    @Test
    void batasAtasInstansiDipakaiSaatMenggabungkan() {
        DataRollup dibaca = sumber.muat(List.of(data.instansiId), 2024, 2024);
        DataRollup denganBatas110 = new DataRollup(
                dibaca.indikator(),
                dibaca.cascade(),
                dibaca.target(),
                dibaca.isian(),
                java.util.Map.of(data.instansiId, new BigDecimal("110")),
                dibaca.predikat(),
                dibaca.konvensiNegatif(),
                dibaca.definisi(),
                null);

        SkorKecamatan skor = Rollup.hitung(denganBatas110, data.instansiId, new Periode(2024, Triwulan.IV));

        // (94,44 × 1 + min(130, 110) × 2) / 3 = 314,44 / 3 = 104,813… → 104,81; the raw 130 stays as it is
        assertThat(skor.iku().getFirst().indeksIki().nilai()).isEqualTo(nilai("104.81"));
        assertThat(skor.indikator().get(data.indikator("IKI-SEKCAM-1")).capaian())
                .isEqualTo(nilai("130.00"));
    }

    private static Hasil nilai(String angka) {
        return new Hasil.Nilai(new BigDecimal(angka));
    }
}
