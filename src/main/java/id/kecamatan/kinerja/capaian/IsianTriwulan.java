package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The komponen values entered for one quarter.
 *
 * @param triwulan the quarter, 1 to 4
 * @param komponen value per komponen kode; a missing key or a {@code null} value means "belum diisi"
 */
public record IsianTriwulan(int triwulan, Map<String, BigDecimal> komponen) {

    public IsianTriwulan {
        if (triwulan < 1 || triwulan > 4) {
            throw new IllegalArgumentException("Triwulan harus 1 sampai 4, bukan " + triwulan);
        }
        if (komponen == null) {
            throw new IllegalArgumentException("Isian komponen triwulan " + triwulan + " wajib ada (boleh kosong)");
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
