package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The structure of the signed-in user's instansi: jabatan by unit, who holds them, atasan and verifikator. */
@Service
public class OrganisasiService {

    private final InstansiRepository instansiRepository;
    private final JabatanRepository jabatanRepository;
    private final UnitKerjaRepository unitKerjaRepository;
    private final PenugasanRepository penugasanRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final Clock clock;

    OrganisasiService(
            InstansiRepository instansiRepository,
            JabatanRepository jabatanRepository,
            UnitKerjaRepository unitKerjaRepository,
            PenugasanRepository penugasanRepository,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock) {
        this.instansiRepository = instansiRepository;
        this.jabatanRepository = jabatanRepository;
        this.unitKerjaRepository = unitKerjaRepository;
        this.penugasanRepository = penugasanRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.clock = clock;
    }

    public record PilihanUnit(Long id, String kode, String nama) {}

    public record InfoInstansi(
            String nama,
            @Nullable String kabupaten,
            @Nullable String provinsi,
            @Nullable String tugas,
            @Nullable String tempatPenetapan,
            @Nullable String tanggalPenetapan,
            @Nullable String jabatanPenandatangan,
            List<Pemegang> penandatangan) {}

    public record Pemegang(String nama, @Nullable String nip, boolean dataContoh) {}

    public record BarisJabatan(
            Long id,
            String kode,
            String nama,
            Peran peran,
            @Nullable String unit,
            List<Pemegang> pemegang,
            @Nullable String atasan,
            @Nullable String verifikator) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PilihanUnit> daftarUnit() {
        return unitKerjaRepository
                .findByInstansiIdOrderByUrutan(penggunaSaatIni.wajib().instansiId())
                .stream()
                .map(u -> new PilihanUnit(u.idTersimpan(), u.getKode(), u.getNama()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InfoInstansi infoInstansi() {
        Instansi instansi = instansiRepository
                .findById(penggunaSaatIni.wajib().instansiId())
                .orElseThrow();
        Jabatan penandatangan = instansi.getPenandatangan();
        List<Pemegang> pemegang = penandatangan == null
                ? List.of()
                : pemegangPerJabatan(instansi.idTersimpan()).getOrDefault(penandatangan.getId(), List.of());
        return new InfoInstansi(
                instansi.getNama(),
                instansi.getKabupaten(),
                instansi.getProvinsi(),
                instansi.getTugas(),
                instansi.getTempatPenetapan(),
                instansi.getTanggalPenetapan(),
                penandatangan == null ? null : penandatangan.getNama(),
                pemegang);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisJabatan> struktur() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, List<Pemegang>> pemegang = pemegangPerJabatan(instansiId);
        // the operator's jabatan is the portal's, not part of the office's structure
        return jabatanRepository.findByInstansiIdOrderByUrutan(instansiId).stream()
                .filter(j -> j.getPeran() != Peran.ADMIN)
                .map(j -> new BarisJabatan(
                        j.idTersimpan(),
                        j.getKode(),
                        j.getNama(),
                        j.getPeran(),
                        j.getUnitKerja() == null ? null : j.getUnitKerja().getNama(),
                        pemegang.getOrDefault(j.getId(), List.of()),
                        j.getAtasan() == null ? null : j.getAtasan().getNama(),
                        j.getVerifikator() == null ? null : j.getVerifikator().getNama()))
                .toList();
    }

    private Map<Long, List<Pemegang>> pemegangPerJabatan(Long instansiId) {
        Map<Long, List<Pemegang>> hasil = new HashMap<>();
        for (Penugasan p : penugasanRepository.findBerlaku(instansiId, LocalDate.now(clock))) {
            hasil.computeIfAbsent(p.getJabatan().getId(), id -> new ArrayList<>())
                    .add(new Pemegang(
                            p.getPegawai().getNama(),
                            p.getPegawai().getNip(),
                            p.getPegawai().isDataContoh()));
        }
        return hasil;
    }
}
