package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one rule of what a KABUPATEN account reads: the kecamatan whose kabupaten is the name of the account's own
 * (kabupaten) instansi, nothing of any other. Every other instansi is refused and logged as another's row is.
 */
@Component
public class AksesKabupaten {

    private final InstansiRepository instansiRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;

    AksesKabupaten(InstansiRepository instansiRepository, PenggunaSaatIni penggunaSaatIni, PenjagaAkses penjaga) {
        this.instansiRepository = instansiRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
    }

    /** The signed-in user's kabupaten; refused for anyone who is not a kabupaten's account. */
    public Instansi kabupaten(String metode) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        Instansi instansi = instansiRepository.findById(pengguna.instansiId()).orElseThrow();
        if (pengguna.peran() != Peran.KABUPATEN || instansi.getJenis() != JenisInstansi.KABUPATEN) {
            throw penjaga.tolak(metode, "bukan akun kabupaten");
        }
        return instansi;
    }

    /** Every kecamatan of the signed-in user's kabupaten, by name. */
    public List<Instansi> semuaKecamatan(String metode) {
        return instansiRepository.findByJenisAndKabupatenOrderByNama(
                JenisInstansi.KECAMATAN, kabupaten(metode).getNama());
    }

    /** One kecamatan of the signed-in user's kabupaten by its kode; any other kode is refused and logged. */
    public Instansi kecamatan(String metode, String kode) {
        Instansi kabupaten = kabupaten(metode);
        Instansi kecamatan =
                instansiRepository.findByKode(kode).orElseThrow(() -> penjaga.tidakAda(metode, "instansi", kode));
        if (kecamatan.getJenis() != JenisInstansi.KECAMATAN
                || !kabupaten.getNama().equals(kecamatan.getKabupaten())) {
            throw penjaga.tolak(metode, "instansi " + kode + " di luar kabupaten");
        }
        return kecamatan;
    }
}
