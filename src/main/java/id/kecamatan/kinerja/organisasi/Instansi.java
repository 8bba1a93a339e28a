package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * The organisation whose plan this is, e.g. Kecamatan Meral. Every plan row hangs under one. A kabupaten has an
 * instansi of its own (jenis KABUPATEN, named as its kecamatan name their kabupaten) for the accounts that compare them.
 */
@Entity
@Audited
public class Instansi extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String kode;

    @Column(nullable = false, length = 200)
    private String nama;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JenisInstansi jenis = JenisInstansi.KECAMATAN;

    @Column(length = 200)
    private @Nullable String kabupaten;

    @Column(length = 200)
    private @Nullable String provinsi;

    @Column(columnDefinition = "text")
    private @Nullable String tugas;

    /** Place and date written above the signature of the plan document. */
    @Column(length = 100)
    private @Nullable String tempatPenetapan;

    @Column(length = 60)
    private @Nullable String tanggalPenetapan;

    /** The jabatan that signs the plan and the reports (the Camat). */
    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jabatan penandatangan;

    /**
     * The jabatan that writes the LKjIP's texts besides the Sekcam (the Kasubbag Perencanaan in Meral); none: the
     * Sekcam alone.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jabatan penyusunLkjip;

    /** The head of the region above the office (e.g. "Bupati Karimun"): pihak kedua of the Camat's PK. */
    @Column(length = 100)
    private @Nullable String kepalaDaerahJabatan;

    @Column(length = 200)
    private @Nullable String kepalaDaerahNama;

    @Column(length = 30)
    private @Nullable String kepalaDaerahNip;

    /** Whether /publik shows this instansi's approved figures and published documents; the Camat decides. */
    @Column(nullable = false)
    private boolean halamanPublik;

    /** How its NEGATIF indicators are measured; the Sekcam or Admin sets it in Pengaturan Capaian. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KonvensiNegatif konvensiNegatif = KonvensiNegatif.CERMIN;

    protected Instansi() {}

    public Instansi(String kode, String nama) {
        this.kode = kode;
        this.nama = nama;
    }

    /**
     * The kabupaten's own instansi, named {@code nama} ("Kabupaten Karimun"): its kecamatan are those whose kabupaten
     * is that name.
     */
    public static Instansi kabupaten(String kode, String nama, @Nullable String provinsi) {
        Instansi kabupaten = new Instansi(kode, nama);
        kabupaten.jenis = JenisInstansi.KABUPATEN;
        kabupaten.kabupaten = nama;
        kabupaten.provinsi = provinsi;
        return kabupaten;
    }

    public JenisInstansi getJenis() {
        return jenis;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public @Nullable String getKabupaten() {
        return kabupaten;
    }

    public void setKabupaten(@Nullable String kabupaten) {
        this.kabupaten = kabupaten;
    }

    public @Nullable String getProvinsi() {
        return provinsi;
    }

    public void setProvinsi(@Nullable String provinsi) {
        this.provinsi = provinsi;
    }

    public @Nullable String getTugas() {
        return tugas;
    }

    public void setTugas(@Nullable String tugas) {
        this.tugas = tugas;
    }

    public @Nullable String getTempatPenetapan() {
        return tempatPenetapan;
    }

    public void setTempatPenetapan(@Nullable String tempatPenetapan) {
        this.tempatPenetapan = tempatPenetapan;
    }

    public @Nullable String getTanggalPenetapan() {
        return tanggalPenetapan;
    }

    public void setTanggalPenetapan(@Nullable String tanggalPenetapan) {
        this.tanggalPenetapan = tanggalPenetapan;
    }

    public @Nullable Jabatan getPenandatangan() {
        return penandatangan;
    }

    public void setPenandatangan(@Nullable Jabatan penandatangan) {
        this.penandatangan = penandatangan;
    }

    public @Nullable Jabatan getPenyusunLkjip() {
        return penyusunLkjip;
    }

    public void setPenyusunLkjip(@Nullable Jabatan penyusunLkjip) {
        this.penyusunLkjip = penyusunLkjip;
    }

    /** The kepala daerah as set, empty until both the title and the name are. */
    public boolean isHalamanPublik() {
        return halamanPublik;
    }

    public void setHalamanPublik(boolean halamanPublik) {
        this.halamanPublik = halamanPublik;
    }

    public KonvensiNegatif getKonvensiNegatif() {
        return konvensiNegatif;
    }

    public void setKonvensiNegatif(KonvensiNegatif konvensiNegatif) {
        this.konvensiNegatif = konvensiNegatif;
    }

    public Optional<KepalaDaerah> getKepalaDaerah() {
        return kepalaDaerahJabatan == null || kepalaDaerahNama == null
                ? Optional.empty()
                : Optional.of(new KepalaDaerah(kepalaDaerahJabatan, kepalaDaerahNama, kepalaDaerahNip));
    }

    public void setKepalaDaerah(KepalaDaerah kepalaDaerah) {
        this.kepalaDaerahJabatan = kepalaDaerah.jabatan();
        this.kepalaDaerahNama = kepalaDaerah.nama();
        this.kepalaDaerahNip = kepalaDaerah.nip();
    }
}
