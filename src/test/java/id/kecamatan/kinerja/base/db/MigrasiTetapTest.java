package id.kecamatan.kinerja.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A released migration is never edited: Flyway keeps each one's checksum in every office's database and refuses to
 * start when a file no longer matches, so even a changed comment would stop every portal already installed. A new
 * migration is a new file, added here with its hash.
 */
class MigrasiTetapTest {

    private static final Map<String, String> SHA256 = Map.ofEntries(
            Map.entry("V1__skema_awal.sql", "e274e015018ef5f3fa30f90d7b30f68c7c37b72a2d925ea9897fb130fa755d0b"),
            Map.entry(
                    "V2__realisasi_diubah_pada.sql",
                    "cdfa6c162c4440137ce61fe07ba5f31373348ff553a2c6358120a3a1cced92c9"),
            Map.entry("V3__data_contoh.sql", "315c8c8fe5943011e0e4426d8ef2c925f9596d052bd97b8eaf27485f11c7739a"),
            Map.entry("V4__aturan_skor.sql", "5f9890efc64695959155aaf76e39541ba84d736763187e167daa7dd1278b5140"),
            Map.entry("V5__keamanan_login.sql", "fe0836c2d4890a74fed8f31ef46f94c59594aa6f64418f3df4e16c60dd62697e"),
            Map.entry("V6__kepala_daerah_plt.sql", "b6efecc6c852beef05371f5c8fa695c61ae6a115d5ad426c61c341e0d61d9b91"),
            Map.entry("V7__anggaran.sql", "95a45cd1206097ec2f8c1aea3edcb4be0b110df2d0c500d484e120f60a628438"),
            Map.entry("V8__ambang_efisiensi.sql", "5da988593d0a24615792c12652f6cf182bb50efdce1fdbd549ba80ed910d9c80"),
            Map.entry("V9__rencana_aksi.sql", "34434f97110837bbedc08aa45cc5874c66e7db26c0986642fa77d46412a8eeb0"),
            Map.entry("V10__teks_lkjip.sql", "96373122733717ddfcdb3ba2a2855b45675dc71a6c3bcc0aec6aea12e3d6c84c"),
            Map.entry("V11__halaman_publik.sql", "97d0dd98c32633481b6e00bf0dbbdb9495478836de8854f6c1726a42102d775a"),
            Map.entry("V12__notifikasi.sql", "f1eec7f1cb6a48d063fa9dcc62c1124a42cbf76cdeb0d7046fa2def59a5a4c79"),
            Map.entry("V13__evaluasi_akip.sql", "f982bab957a207b4715cc7d1a17c2ba522135ffe497ed068dbb91c9ab86f5788"),
            Map.entry("V14__evaluator_apip.sql", "dbafc72f6514743ce61b659cdfd518000e48dfa42e95f613482373e0f1da27c2"),
            Map.entry(
                    "V15__indikator_dari_lke.sql", "e71cb0008e4a17490f911dbd78616f8d9513c9af357cdc5a564e26edceb41ae5"),
            Map.entry(
                    "V16__tugas_dan_bukti_kriteria.sql",
                    "a35625fc40cb0471327ce6a6448c3b3cf24fd4fe11e042a1b1142ee308585110"),
            Map.entry("V17__konvensi_negatif.sql", "3c1ca4dc52a645d0cb908681c04cde9025ca8ded6aee4fb23d86f5a066cd37aa"),
            Map.entry("V18__pembatas_alamat.sql", "65c97ae99067bf6cd4a0bd26d606c0937e69fa6929050ffa7b3c689b0e1cba19"),
            Map.entry("V19__agregat_capaian.sql", "05b8ae60bf432fe1475c6649160ac1aa374935337e8665ba3ada245b60d7a356"),
            Map.entry(
                    "V20__sesi_dan_jadwal_antar_instans.sql",
                    "376807601d50084104baaee2d997f37b32d83f368790d9d7ee387dffcc95dbf0"),
            Map.entry(
                    "V21__instansi_kabupaten.sql", "b4d5dce1906a3fd2c98df220fa835a0174e25dc3d4ee2f75dda0d75b210a99f4"));

    @Test
    void migrasiYangSudahDirilisTidakBerubah() throws IOException {
        Map<String, String> sekarang = new TreeMap<>();
        try (Stream<Path> berkas = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migrasi : berkas.toList()) {
                sekarang.put(migrasi.getFileName().toString(), sha256(Files.readAllBytes(migrasi)));
            }
        }
        assertThat(sekarang).containsAllEntriesOf(SHA256);
        assertThat(sekarang.keySet())
                .as("a new migration: add its SHA-256 to this test")
                .isEqualTo(new TreeMap<>(SHA256).keySet());
    }

    private static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
