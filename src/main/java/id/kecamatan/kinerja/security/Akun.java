package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Pegawai;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The login of a pegawai. Its roles come from the jabatan the pegawai currently holds. */
@Entity
public class Akun extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(nullable = false, length = 100)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(unique = true)
    private Pegawai pegawai;

    private boolean aktif = true;

    /** Set for a generated or reset password: the user must choose a new one at the next login. */
    private boolean harusGantiPassword;

    @Column(nullable = false)
    private Instant dibuatPada;

    /**
     * Failed logins in a row and the end of a lock. Written only by the atomic updates of
     * {@link AkunRepository} (never by saving the entity), so a login failing on one instance and an Admin
     * saving the account on another do not overwrite each other.
     */
    @Column(insertable = false, updatable = false)
    private int gagalBerturut;

    @Column(insertable = false, updatable = false)
    private @Nullable Instant terkunciSampai;

    /**
     * Raised by deactivation and password reset ({@link AkunRepository#akhiriSesi}), never by saving the entity: a
     * session whose login read another number is ended by every instance ({@link VersiSesiAkun}).
     */
    @Column(insertable = false, updatable = false)
    private int versiSesi;

    protected Akun() {}

    public Akun(String username, String passwordHash, Pegawai pegawai, boolean harusGantiPassword, Instant dibuatPada) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.pegawai = pegawai;
        this.harusGantiPassword = harusGantiPassword;
        this.dibuatPada = dibuatPada;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Pegawai getPegawai() {
        return pegawai;
    }

    public boolean isAktif() {
        return aktif;
    }

    void setAktif(boolean aktif) {
        this.aktif = aktif;
    }

    int getVersiSesi() {
        return versiSesi;
    }

    public boolean isHarusGantiPassword() {
        return harusGantiPassword;
    }

    void setHarusGantiPassword(boolean harusGantiPassword) {
        this.harusGantiPassword = harusGantiPassword;
    }

    public Instant getDibuatPada() {
        return dibuatPada;
    }

    public int getGagalBerturut() {
        return gagalBerturut;
    }

    /** Null when the account was never locked; a past instant means the lock is over. */
    public @Nullable Instant getTerkunciSampai() {
        return terkunciSampai;
    }
}
