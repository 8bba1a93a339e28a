package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.DefinisiKomponen;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.renstra.Sasaran;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An IKU or IKI: what is measured, how (formula over komponen), by whom, and from which data. */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_indikator_kode",
                        columnNames = {"instansi_id", "kode"}))
public class Indikator extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Sasaran sasaran;

    @Column(nullable = false, length = 40)
    private String kode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JenisIndikator jenis;

    @Column(nullable = false, length = 500)
    private String nama;

    /** The penanggung jawab: the jabatan that owns the indicator and enters its realisasi. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Jabatan pemilik;

    @Column(nullable = false, length = 40)
    private String satuan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Polaritas polaritas;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Agregasi agregasi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JenisFormula jenisFormula;

    /** The plan document's formula or explanation, as written there. */
    @Column(columnDefinition = "text")
    private @Nullable String penjelasanFormula;

    /** Expression over komponen codes, for formula type RUMUS only. */
    @Column(length = 500)
    private @Nullable String rumus;

    @Column(length = 300)
    private @Nullable String sumberData;

    /** A note for users, e.g. how this indicator was corrected from the plan document. */
    @Column(columnDefinition = "text")
    private @Nullable String catatan;

    private int urutan;

    /** The weight of an IKU in the kecamatan score (equal weights by default); unused for an IKI. */
    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal bobot = BigDecimal.ONE;

    /** "Diisi dari Evaluasi AKIP": its realisasi is proposed from the year's evaluation total (rules: AturanDariLke). */
    @Column(nullable = false)
    private boolean dariLke;

    @OneToMany(mappedBy = "indikator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("urutan")
    private List<Komponen> komponen = new ArrayList<>();

    protected Indikator() {}

    public Indikator(
            Instansi instansi,
            Sasaran sasaran,
            String kode,
            JenisIndikator jenis,
            String nama,
            Jabatan pemilik,
            String satuan,
            int urutan) {
        this.instansi = instansi;
        this.sasaran = sasaran;
        this.kode = kode;
        this.jenis = jenis;
        this.nama = nama;
        this.pemilik = pemilik;
        this.satuan = satuan;
        this.urutan = urutan;
        this.polaritas = Polaritas.POSITIF;
        this.agregasi = Agregasi.KUMULATIF;
        this.jenisFormula = JenisFormula.NILAI;
    }

    /** What the calculation core needs to know about this indicator. */
    public DefinisiIndikator definisi() {
        return new DefinisiIndikator(
                jenisFormula,
                agregasi,
                polaritas,
                komponen.stream()
                        .map(k -> new DefinisiKomponen(k.getKode(), k.getPeran()))
                        .toList(),
                rumus);
    }

    public Komponen tambahKomponen(Komponen baru) {
        komponen.add(baru);
        return baru;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public Sasaran getSasaran() {
        return sasaran;
    }

    public String getKode() {
        return kode;
    }

    public JenisIndikator getJenis() {
        return jenis;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public Jabatan getPemilik() {
        return pemilik;
    }

    public String getSatuan() {
        return satuan;
    }

    public void setSatuan(String satuan) {
        this.satuan = satuan;
    }

    public Polaritas getPolaritas() {
        return polaritas;
    }

    public void setPolaritas(Polaritas polaritas) {
        this.polaritas = polaritas;
    }

    public Agregasi getAgregasi() {
        return agregasi;
    }

    public void setAgregasi(Agregasi agregasi) {
        this.agregasi = agregasi;
    }

    public JenisFormula getJenisFormula() {
        return jenisFormula;
    }

    public void setJenisFormula(JenisFormula jenisFormula) {
        this.jenisFormula = jenisFormula;
    }

    public @Nullable String getPenjelasanFormula() {
        return penjelasanFormula;
    }

    public void setPenjelasanFormula(@Nullable String penjelasanFormula) {
        this.penjelasanFormula = penjelasanFormula;
    }

    public @Nullable String getRumus() {
        return rumus;
    }

    public void setRumus(@Nullable String rumus) {
        this.rumus = rumus;
    }

    public @Nullable String getSumberData() {
        return sumberData;
    }

    public void setSumberData(@Nullable String sumberData) {
        this.sumberData = sumberData;
    }

    public @Nullable String getCatatan() {
        return catatan;
    }

    public void setCatatan(@Nullable String catatan) {
        this.catatan = catatan;
    }

    public BigDecimal getBobot() {
        return bobot;
    }

    public void setBobot(BigDecimal bobot) {
        this.bobot = bobot;
    }

    public boolean isDariLke() {
        return dariLke;
    }

    /** Set only after {@link AturanDariLke#periksa} found nothing against it. */
    public void setDariLke(boolean dariLke) {
        this.dariLke = dariLke;
    }

    public int getUrutan() {
        return urutan;
    }

    public List<Komponen> getKomponen() {
        return komponen;
    }
}
