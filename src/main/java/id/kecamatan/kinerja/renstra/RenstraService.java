package id.kecamatan.kinerja.renstra;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategic plan (visi → misi → tujuan → sasaran) of the signed-in user's instansi. */
@Service
public class RenstraService {

    private final VisiRepository visiRepository;
    private final MisiRepository misiRepository;
    private final TujuanRepository tujuanRepository;
    private final SasaranRepository sasaranRepository;
    private final PenggunaSaatIni penggunaSaatIni;

    RenstraService(
            VisiRepository visiRepository,
            MisiRepository misiRepository,
            TujuanRepository tujuanRepository,
            SasaranRepository sasaranRepository,
            PenggunaSaatIni penggunaSaatIni) {
        this.visiRepository = visiRepository;
        this.misiRepository = misiRepository;
        this.tujuanRepository = tujuanRepository;
        this.sasaranRepository = sasaranRepository;
        this.penggunaSaatIni = penggunaSaatIni;
    }

    public record RencanaStrategis(@Nullable String visi, List<MisiBaris> misi) {}

    public record MisiBaris(int nomor, String teks, List<TujuanBaris> tujuan) {}

    public record TujuanBaris(@Nullable String kode, String teks, List<String> sasaran) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RencanaStrategis rencanaStrategis() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, List<String>> sasaranPerTujuan = new LinkedHashMap<>();
        for (Sasaran sasaran : sasaranRepository.findByInstansi(instansiId)) {
            if (sasaran.getTujuan() != null) {
                sasaranPerTujuan
                        .computeIfAbsent(sasaran.getTujuan().getId(), id -> new ArrayList<>())
                        .add(sasaran.getTeks());
            }
        }
        Map<Long, List<TujuanBaris>> tujuanPerMisi = new LinkedHashMap<>();
        for (Tujuan tujuan : tujuanRepository.findByInstansi(instansiId)) {
            tujuanPerMisi
                    .computeIfAbsent(tujuan.getMisi().getId(), id -> new ArrayList<>())
                    .add(new TujuanBaris(
                            tujuan.getKode(),
                            tujuan.getTeks(),
                            sasaranPerTujuan.getOrDefault(tujuan.getId(), List.of())));
        }
        List<MisiBaris> misi = misiRepository.findByInstansiIdOrderByNomor(instansiId).stream()
                .map(m -> new MisiBaris(m.getNomor(), m.getTeks(), tujuanPerMisi.getOrDefault(m.getId(), List.of())))
                .toList();
        String visi =
                visiRepository.findByInstansiId(instansiId).map(Visi::getTeks).orElse(null);
        return new RencanaStrategis(visi, misi);
    }
}
