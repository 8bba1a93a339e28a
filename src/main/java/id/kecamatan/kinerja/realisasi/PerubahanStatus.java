package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.organisasi.Jabatan;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A workflow transition of a realisasi or a Rencana Aksi (submitted, approved, returned, reopened), published as a
 * Spring application event by {@link RealisasiService} and {@link RencanaAksiService} inside the transaction that
 * makes it. Whoever listens (the notifications) records what it needs in the same transaction, so the transition
 * and what follows from it commit or roll back together, and this package depends on none of its listeners.
 *
 * @param id the realisasi's or the plan's id
 * @param riwayatId the id of the history row of this transition: with {@code objek} and {@code id}, what makes the
 *     transition one event, whatever happens to the row later ({@link #kunci()})
 * @param jabatanVerifikatorId the verifikator of the owner's jabatan; null where it has none (the Camat approves)
 * @param triwulan the quarter of a realisasi; null for a Rencana Aksi (a whole year)
 * @param olehAkunId the account that made the transition
 */
public record PerubahanStatus(
        Objek objek,
        Long id,
        Long riwayatId,
        Long instansiId,
        Long indikatorId,
        String kodeIndikator,
        String namaIndikator,
        Long jabatanPemilikId,
        @Nullable Long jabatanVerifikatorId,
        int tahun,
        @Nullable Triwulan triwulan,
        StatusRealisasi dari,
        StatusRealisasi ke,
        @Nullable String catatan,
        Long olehAkunId,
        String olehNama,
        Instant pada) {

    /** What changed status. */
    public enum Objek {
        REALISASI,
        RENCANA_AKSI
    }

    /** The transition of an indicator's row (realisasi or plan) just recorded in history, by the signed-in user. */
    static PerubahanStatus dari(
            Objek objek,
            Long id,
            Long riwayatId,
            Indikator indikator,
            int tahun,
            @Nullable Triwulan triwulan,
            StatusRealisasi dari,
            StatusRealisasi ke,
            @Nullable String catatan,
            Pengguna oleh,
            Instant pada) {
        Jabatan verifikator = indikator.getPemilik().getVerifikator();
        return new PerubahanStatus(
                objek,
                id,
                riwayatId,
                indikator.getInstansi().idTersimpan(),
                indikator.idTersimpan(),
                indikator.getKode(),
                indikator.getNama(),
                indikator.getPemilik().idTersimpan(),
                verifikator == null ? null : verifikator.idTersimpan(),
                tahun,
                triwulan,
                dari,
                ke,
                catatan,
                oleh.akunId(),
                oleh.nama(),
                pada);
    }

    /** The event's key, unique for ever: "realisasi:42:317". */
    public String kunci() {
        return objek.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + id + ":" + riwayatId;
    }
}
