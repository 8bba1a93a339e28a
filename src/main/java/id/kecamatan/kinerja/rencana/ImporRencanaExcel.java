package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a filled-in plan template as a new kecamatan: read and checked whole by PembacaRencanaExcel, saved by
 * the plan importer (one importer, two readers), then the new instansi gets its admin account. One transaction:
 * with any error nothing is saved. Only the Admin, who alone may create accounts.
 */
@Service
public class ImporRencanaExcel {

    /** Letters and digits that cannot be confused with each other when read off a screen. */
    private static final String HURUF_PASSWORD = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int PANJANG_PASSWORD = 14;
    private static final SecureRandom ACAK = new SecureRandom();

    /**
     * The outcome: the errors (nothing saved), or the new instansi with its counts and its admin account, whose
     * password is shown this once.
     */
    public record Hasil(
            List<GalatImpor> galat,
            @Nullable String kodeInstansi,
            @Nullable String namaInstansi,
            int jumlahUnit,
            int jumlahJabatan,
            int jumlahIndikator,
            @Nullable String usernameAdmin,
            @Nullable String passwordAdmin) {

        static Hasil ditolak(List<GalatImpor> galat) {
            return new Hasil(galat, null, null, 0, 0, 0, null, null);
        }

        public boolean berhasil() {
            return galat.isEmpty();
        }
    }

    private final ImporRencana imporRencana;
    private final AkunService akunService;
    private final InstansiRepository instansiRepository;

    ImporRencanaExcel(ImporRencana imporRencana, AkunService akunService, InstansiRepository instansiRepository) {
        this.imporRencana = imporRencana;
        this.akunService = akunService;
        this.instansiRepository = instansiRepository;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Hasil impor(byte[] isi, Kemajuan kemajuan) {
        kemajuan.lapor(0, 3);
        if (isi.length > BukuKerja.UKURAN_MAKS) {
            return Hasil.ditolak(List.of(
                    GalatImpor.di(null, null, null, "impor.terlalu-besar", BukuKerja.UKURAN_MAKS / (1024 * 1024))));
        }
        PembacaRencanaExcel.Hasil dibaca = PembacaRencanaExcel.baca(isi);
        kemajuan.lapor(1, 3);
        if (!dibaca.galat().isEmpty()) {
            return Hasil.ditolak(dibaca.galat());
        }
        // no error: the reader gives the checked plan, which has its instansi's kode
        DokumenRencana dokumen = Objects.requireNonNull(dibaca.dokumen());
        String kode = Objects.requireNonNull(dokumen.instansi().kode());
        String username = "admin." + kode.toLowerCase(Locale.ROOT);
        List<GalatImpor> galat = new ArrayList<>();
        String lembar = TemplateRencana.INSTANSI.nama();
        String kolomKode = BukuKerja.huruf(TemplateRencana.INSTANSI.indeks(TemplateRencana.KODE));
        if (instansiRepository.findByKode(kode).isPresent()) {
            galat.add(GalatImpor.di(lembar, BukuKerja.BARIS_DATA_PERTAMA, kolomKode, "impor.instansi-sudah-ada", kode));
        } else if (akunService.adaAkun(username)) {
            galat.add(GalatImpor.di(lembar, BukuKerja.BARIS_DATA_PERTAMA, kolomKode, "impor.akun-sudah-ada", username));
        }
        if (!galat.isEmpty()) {
            return Hasil.ditolak(galat);
        }
        Long instansiId = imporRencana.imporBaru(dokumen);
        kemajuan.lapor(2, 3);
        Instansi instansi = instansiRepository.findById(instansiId).orElseThrow();
        String password = password();
        // an Admin makes accounts only in their own instansi: the portal itself makes the new kecamatan's first one
        SebagaiSistem.jalankan(() -> {
            akunService.buatAkun(
                    username,
                    password,
                    true,
                    new Pegawai(instansi, "Administrator", null, false),
                    akunService.jabatanOperator(instansi));
            return null;
        });
        kemajuan.lapor(3, 3);
        return new Hasil(
                List.of(),
                kode,
                instansi.getNama(),
                dokumen.unitKerja().size(),
                dokumen.jabatan().size(),
                dokumen.indikator().size(),
                username,
                password);
    }

    private static String password() {
        StringBuilder password = new StringBuilder(PANJANG_PASSWORD);
        for (int i = 0; i < PANJANG_PASSWORD; i++) {
            password.append(HURUF_PASSWORD.charAt(ACAK.nextInt(HURUF_PASSWORD.length())));
        }
        return password.toString();
    }
}
