package id.kecamatan.kinerja.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService.IkuLke;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService.KeadaanUsulan;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService.RealisasiIku;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * "Nilai AKIP ke IKU": the IKU the year's total goes to, its Triwulan IV realisasi, and for that IKU's owner the
 * button that proposes the total as that realisasi (disabled, with the reason, when it cannot be proposed now).
 */
class KartuUsulanNilaiAkip extends Div {

    private final UsulanNilaiAkipService service;
    private final int tahun;

    KartuUsulanNilaiAkip(UsulanNilaiAkipService service, int tahun) {
        this.service = service;
        this.tahun = tahun;
        addClassName("kartu");
        setId("usulan-nilai-akip");
        muat();
    }

    private void muat() {
        removeAll();
        KeadaanUsulan k = service.keadaan(tahun);
        add(new H3(getTranslation("evaluasi.usulan.judul")));
        IkuLke iku = k.iku();
        if (iku == null) {
            add(keterangan(getTranslation("evaluasi.usulan.tanpa-iku")));
            return;
        }
        add(keterangan(getTranslation("evaluasi.usulan.iku", iku.kode(), iku.nama(), iku.jabatanPemilik())));
        add(keterangan(realisasi(k.realisasi())));
        if (k.nilaiUsulan() instanceof Hasil.Nilai(var nilai)) {
            add(keterangan(getTranslation(
                    "evaluasi.usulan.nilai",
                    FormatAngka.duaDesimal(nilai) + (k.predikat() == null ? "" : " (" + k.predikat() + ")"))));
        }
        if (iku.milikSaya()) {
            Button usulkan = new Button(getTranslation("evaluasi.usulan.tombol", iku.kode()), e -> usulkan(k));
            usulkan.setId("usulkan-nilai-akip");
            usulkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            usulkan.setEnabled(k.bolehDiusulkan());
            add(usulkan);
        }
        if (k.halangan() != null) {
            Div alasan =
                    keterangan(getTranslation(k.halangan(), k.argumenHalangan().toArray()));
            alasan.setId("alasan-usulan");
            add(alasan);
        }
    }

    private String realisasi(@Nullable RealisasiIku r) {
        if (r == null || r.status() == null) {
            return getTranslation(
                    r == null || r.terlihat()
                            ? "evaluasi.usulan.realisasi-kosong"
                            : "evaluasi.usulan.realisasi-tertutup",
                    tahun);
        }
        return getTranslation(
                "evaluasi.usulan.realisasi",
                tahun,
                getTranslation("status." + r.status().name()),
                r.nilai() instanceof Hasil.Nilai(var nilai) ? FormatAngka.duaDesimal(nilai) : "–");
    }

    private void usulkan(KeadaanUsulan k) {
        // the button is enabled only with a number to propose and an evaluation to take it from
        if (!(k.nilaiUsulan() instanceof Hasil.Nilai(var nilai)) || k.evaluasiId() == null || k.iku() == null) {
            return;
        }
        try {
            service.usulkan(
                    k.evaluasiId(),
                    nilai,
                    k.realisasi() == null ? null : k.realisasi().versi());
            Pemberitahuan.berhasil(getTranslation(
                    "evaluasi.usulan.berhasil",
                    FormatAngka.duaDesimal(nilai),
                    k.iku().kode(),
                    tahun));
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("evaluasi.usulan.konflik"));
        }
        muat();
    }

    private static Div keterangan(String teks) {
        Div div = new Div(teks);
        div.addClassName("keterangan-kecil");
        return div;
    }
}
