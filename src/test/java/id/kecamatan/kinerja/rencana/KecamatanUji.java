package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.base.excel.BukuUji;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.security.AkunRepository;
import id.kecamatan.kinerja.security.AkunService;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A test kecamatan of its own: Meral's plan imported through the template under another kode, with an account
 * for its Kasi Pemerintahan. The caller claims the kode ({@code InstansiUji}); its indicators are then the
 * caller's alone, in any year.
 */
public final class KecamatanUji {

    public static final String PASSWORD = "password-uji-impor";

    private KecamatanUji() {}

    /** Creates the kecamatan once per database; returns the Kasi Pemerintahan's username. Leaves nobody signed in. */
    public static synchronized String kasiPemerintahan(ApplicationContext ctx, String kode) {
        return akun(ctx, kode, "KASI-PEM", "Kasi Pemerintahan " + kode);
    }

    /**
     * The kecamatan (created once per database) and an account, with {@link #PASSWORD}, for a new pegawai named
     * {@code namaPegawai} holding the jabatan {@code kodeJabatan}; returns its username (the jabatan kode and the
     * instansi kode, lower case), the same on every call. Leaves nobody signed in.
     */
    public static synchronized String akun(
            ApplicationContext ctx, String kode, String kodeJabatan, String namaPegawai) {
        String username = username(kodeJabatan, kode);
        InstansiRepository instansiRepository = ctx.getBean(InstansiRepository.class);
        UserDetailsService userDetailsService = ctx.getBean(UserDetailsService.class);
        if (instansiRepository.findByKode(kode).isEmpty()) {
            MasukSebagai.pengguna(userDetailsService, "admin");
            byte[] meral = ctx.getBean(EksporRencana.class).ekspor().isi();
            ImporRencanaExcel.Hasil hasil = ctx.getBean(ImporRencanaExcel.class)
                    .impor(BukuUji.sebagaiInstansiBaru(meral, kode, "Kecamatan " + kode), Kemajuan.DIAM);
            if (!hasil.berhasil()) {
                throw new IllegalStateException("Kecamatan uji tidak terimpor: " + hasil.galat());
            }
        }
        if (ctx.getBean(AkunRepository.class).findByUsername(username).isEmpty()) {
            MasukSebagai.pengguna(userDetailsService, "admin." + kode.toLowerCase(Locale.ROOT));
            Instansi instansi = instansiRepository.findByKode(kode).orElseThrow();
            ctx.getBean(AkunService.class)
                    .buatAkun(
                            username,
                            PASSWORD,
                            false,
                            new Pegawai(instansi, namaPegawai, null, false),
                            ctx.getBean(JabatanRepository.class)
                                    .findByInstansiIdAndKode(instansi.getId(), kodeJabatan)
                                    .orElseThrow());
        }
        MasukSebagai.keluar();
        return username;
    }

    private static String username(String kodeJabatan, String kode) {
        return kodeJabatan.equals("KASI-PEM")
                ? "kasi.pem." + kode.toLowerCase(Locale.ROOT)
                : kodeJabatan.toLowerCase(Locale.ROOT).replace('-', '.') + "." + kode.toLowerCase(Locale.ROOT);
    }
}
