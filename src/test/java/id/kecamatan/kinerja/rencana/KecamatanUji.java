package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.base.excel.BukuUji;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
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
        String username = "kasi.pem." + kode.toLowerCase(Locale.ROOT);
        InstansiRepository instansiRepository = ctx.getBean(InstansiRepository.class);
        if (instansiRepository.findByKode(kode).isPresent()) {
            return username;
        }
        UserDetailsService userDetailsService = ctx.getBean(UserDetailsService.class);
        MasukSebagai.pengguna(userDetailsService, "admin");
        byte[] meral = ctx.getBean(EksporRencana.class).ekspor().isi();
        ImporRencanaExcel.Hasil hasil = ctx.getBean(ImporRencanaExcel.class)
                .impor(BukuUji.sebagaiInstansiBaru(meral, kode, "Kecamatan " + kode), Kemajuan.DIAM);
        if (!hasil.berhasil()) {
            throw new IllegalStateException("Kecamatan uji tidak terimpor: " + hasil.galat());
        }
        MasukSebagai.pengguna(userDetailsService, hasil.usernameAdmin());
        Instansi instansi = instansiRepository.findByKode(kode).orElseThrow();
        ctx.getBean(AkunService.class)
                .buatAkun(
                        username,
                        PASSWORD,
                        false,
                        new Pegawai(instansi, "Kasi Pemerintahan " + kode, null, false),
                        ctx.getBean(JabatanRepository.class)
                                .findByInstansiIdAndKode(instansi.getId(), "KASI-PEM")
                                .orElseThrow());
        MasukSebagai.keluar();
        return username;
    }
}
