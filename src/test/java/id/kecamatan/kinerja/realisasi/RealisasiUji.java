package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.Komponen;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Realisasi, bukti dukung and Rencana Aksi written through the repositories, in whatever status a fixture needs, where the
 * workflow of {@link RealisasiService} would not let a test enter them: an approved row of a year that has not
 * started, or rows of a kecamatan that has no accounts to submit and approve with. The row is what the service
 * would leave (status, its moments, komponen values), without the RiwayatStatus history. Runs in the caller's
 * transaction, or in one of its own.
 */
public final class RealisasiUji {

    private RealisasiUji() {}

    /** A realisasi in {@code status} with its komponen values (by komponen kode); returns its id. */
    public static long tulis(
            ApplicationContext ctx,
            long indikatorId,
            Periode periode,
            StatusRealisasi status,
            Map<String, String> nilaiPerKomponen) {
        Instant sekarang = ctx.getBean(Clock.class).instant();
        return transaksi(ctx).execute(s -> {
            Indikator indikator =
                    ctx.getBean(IndikatorRepository.class).findById(indikatorId).orElseThrow();
            Realisasi realisasi = new Realisasi(indikator, periode);
            realisasi.setStatus(status);
            realisasi.setDiubahPada(sekarang);
            if (status != StatusRealisasi.DRAF) {
                realisasi.setDiajukanPada(sekarang);
            }
            if (status == StatusRealisasi.DISETUJUI) {
                realisasi.setDisetujuiPada(sekarang);
            }
            nilaiPerKomponen.forEach((kode, angka) -> realisasi
                    .getNilaiKomponen()
                    .add(new NilaiKomponen(realisasi, komponen(indikator, kode), new BigDecimal(angka))));
            return ctx.getBean(RealisasiRepository.class).save(realisasi).getId();
        });
    }

    /** A Rencana Aksi of the year in {@code status}, with a target and a kegiatan in triwulan I; returns its id. */
    public static long rencanaAksi(ApplicationContext ctx, long indikatorId, int tahun, StatusRealisasi status) {
        Instant sekarang = ctx.getBean(Clock.class).instant();
        return transaksi(ctx).execute(s -> {
            Indikator indikator =
                    ctx.getBean(IndikatorRepository.class).findById(indikatorId).orElseThrow();
            RencanaAksi rencana = new RencanaAksi(indikator, tahun);
            rencana.setTarget(Triwulan.I, BigDecimal.ONE);
            rencana.getKegiatan().add(new KegiatanAksi(rencana, Triwulan.I, 1, "Kegiatan uji", "Pelaksana uji"));
            rencana.setStatus(status);
            rencana.setDiubahPada(sekarang);
            if (status != StatusRealisasi.DRAF) {
                rencana.setDiajukanPada(sekarang);
            }
            if (status == StatusRealisasi.DISETUJUI) {
                rencana.setDisetujuiPada(sekarang);
            }
            return ctx.getBean(RencanaAksiRepository.class).save(rencana).getId();
        });
    }

    /** A bukti dukung of the realisasi, whatever its content, uploaded by {@code oleh} now; returns its id. */
    public static long bukti(
            ApplicationContext ctx, long realisasiId, String namaFile, String tipeKonten, byte[] isi, String oleh) {
        Instant sekarang = ctx.getBean(Clock.class).instant();
        return transaksi(ctx).execute(s -> {
            Realisasi realisasi =
                    ctx.getBean(RealisasiRepository.class).findById(realisasiId).orElseThrow();
            return ctx.getBean(BuktiDukungRepository.class)
                    .save(new BuktiDukung(realisasi, namaFile, tipeKonten, isi, sha256(isi), oleh, sekarang))
                    .getId();
        });
    }

    private static Komponen komponen(Indikator indikator, String kode) {
        return indikator.getKomponen().stream()
                .filter(k -> k.getKode().equals(kode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(indikator.getKode() + " has no komponen " + kode));
    }

    private static TransactionTemplate transaksi(ApplicationContext ctx) {
        return new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
    }

    private static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
