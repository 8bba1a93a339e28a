package id.kecamatan.kinerja.capaian;

import id.kecamatan.kinerja.base.Triwulan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The komponen values entered for one quarter.
 *
 * @param triwulan the quarter
 * @param komponen value per komponen kode; a missing key or a {@code null} value means "belum diisi"
 */
public record IsianTriwulan(Triwulan triwulan, Map<String, BigDecimal> komponen) {

    public IsianTriwulan {
        if (triwulan == null) {
            throw new IllegalArgumentException("Triwulan wajib diberikan");
        }
        if (komponen == null) {
            throw new IllegalArgumentException(
                    "Isian komponen triwulan " + triwulan.nomor() + " wajib ada (boleh kosong)");
        }
        Map<String, BigDecimal> terisi = new HashMap<>();
        komponen.forEach((kode, nilai) -> {
            if (kode != null && nilai != null) {
                terisi.put(kode, nilai);
            }
        });
        komponen = Map.copyOf(terisi);
    }
}
