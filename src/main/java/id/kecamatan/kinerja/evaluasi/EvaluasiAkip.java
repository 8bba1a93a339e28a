package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Instansi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * An instansi's evaluation of one year, answering the LKE of {@code berkasLke} (the file's name under
 * src/main/resources/lke, without ".yaml"): kept with the evaluation, so a later regulation's file does not change
 * an evaluation already answered.
 */
@Entity
class EvaluasiAkip extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Column(nullable = false)
    private int tahun;

    @Column(nullable = false, length = 100)
    private String berkasLke;

    @Column(nullable = false, length = 200)
    private String dibukaOleh;

    @Column(nullable = false)
    private Instant dibukaPada;

    protected EvaluasiAkip() {}

    EvaluasiAkip(Instansi instansi, int tahun, String berkasLke, String dibukaOleh, Instant dibukaPada) {
        this.instansi = instansi;
        this.tahun = tahun;
        this.berkasLke = berkasLke;
        this.dibukaOleh = dibukaOleh;
        this.dibukaPada = dibukaPada;
    }

    Instansi getInstansi() {
        return instansi;
    }

    int getTahun() {
        return tahun;
    }

    String getBerkasLke() {
        return berkasLke;
    }

    String getDibukaOleh() {
        return dibukaOleh;
    }

    Instant getDibukaPada() {
        return dibukaPada;
    }
}
