package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account with the role of the jabatan its pegawai holds today, and whether a lock is in force now
 * ({@link PenguncianAkun}). No jabatan, no login.
 */
@Service
class AkunDetailsService implements UserDetailsService {

    private final AkunRepository akunRepository;
    private final PenugasanRepository penugasanRepository;
    private final Clock clock;

    AkunDetailsService(AkunRepository akunRepository, PenugasanRepository penugasanRepository, Clock clock) {
        this.akunRepository = akunRepository;
        this.penugasanRepository = penugasanRepository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Akun akun = akunRepository
                .findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Akun tidak ditemukan"));
        Pegawai pegawai = akun.getPegawai();
        // Of several assignments in force, the most recent one is the jabatan the person acts in.
        Jabatan jabatan =
                penugasanRepository.findBerlakuUntukPegawai(pegawai.idTersimpan(), LocalDate.now(clock)).stream()
                        .max(Comparator.comparing(
                                Penugasan::getMulai, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .map(Penugasan::getJabatan)
                        .orElseThrow(() -> new UsernameNotFoundException("Akun belum memegang jabatan"));
        Pengguna pengguna = new Pengguna(
                akun.idTersimpan(),
                akun.getUsername(),
                pegawai.getNama(),
                jabatan.getInstansi().idTersimpan(),
                jabatan.idTersimpan(),
                jabatan.getNama(),
                jabatan.getPeran(),
                akun.isHarusGantiPassword());
        boolean terkunci = akun.getTerkunciSampai() != null && clock.instant().isBefore(akun.getTerkunciSampai());
        return new AkunPengguna(
                pengguna,
                akun.getPasswordHash(),
                akun.isAktif(),
                terkunci ? akun.getTerkunciSampai() : null,
                akun.getGagalBerturut() != 0 || akun.getTerkunciSampai() != null,
                akun.getVersiSesi());
    }
}
