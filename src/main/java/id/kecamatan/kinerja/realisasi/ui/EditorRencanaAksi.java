package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.KegiatanIsian;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.SimpanRencana;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.TriwulanRencana;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The Rencana Aksi of one indicator for a year: per triwulan the target to reach and the kegiatan with who does them.
 * Its owner edits a draft or a returned plan here and submits it; everyone else who may see it reads it. Nothing is
 * written until "Simpan"; a refused save keeps everything typed.
 */
class EditorRencanaAksi extends Dialog {

    private final RencanaAksiService service;
    private final RencanaIndikator rencana;
    private final Runnable setelahSimpan;
    private final boolean dapatDiubah;
    /** The version this editor loaded or last saved; a save against an older one is a conflict. */
    private @Nullable Long versi;

    private @Nullable Long rencanaId;
    private final Map<Triwulan, TextField> target = new EnumMap<>(Triwulan.class);
    private final List<BarisKegiatan> kegiatan = new ArrayList<>();

    /** One kegiatan being edited: its triwulan and the two fields. */
    private record BarisKegiatan(Triwulan triwulan, TextField uraian, TextField pelaksana, Div baris) {}

    EditorRencanaAksi(RencanaAksiService service, ZoneId zonaWaktu, RencanaIndikator rencana, Runnable setelahSimpan) {
        this.service = service;
        this.rencana = rencana;
        this.setelahSimpan = setelahSimpan;
        this.dapatDiubah = rencana.dapatDiubah();
        this.rencanaId = rencana.rencanaId();
        this.versi = rencana.rencanaId() == null ? null : rencana.versi();
        setHeaderTitle(getTranslation(
                "rencana-aksi.judul", rencana.kode() + " · " + rencana.nama(), String.valueOf(rencana.tahun())));
        setWidth("min(48rem, 100vw)");
        addClassName("editor-rencana-aksi");

        VerticalLayout isi = new VerticalLayout();
        isi.setPadding(false);
        Div status = new Div(TampilanRealisasi.statusRencana(this, rencana.status()));
        isi.add(status);
        if (rencana.catatanVerifikator() != null) {
            Div catatan = new Div(getTranslation("kinerja.catatan-verifikator", rencana.catatanVerifikator()));
            catatan.addClassName("peringatan");
            isi.add(catatan);
        }
        Div cara = new Div(getTranslation(
                rencana.agregasi() == Agregasi.KUMULATIF
                        ? "rencana-aksi.target-kumulatif"
                        : "rencana-aksi.target-per-triwulan"));
        cara.addClassName("keterangan-kecil");
        isi.add(cara);
        for (Triwulan tw : Triwulan.values()) {
            isi.add(triwulan(rencana.untuk(tw)));
        }
        add(isi);

        if (rencana.rencanaId() != null) {
            Long id = rencana.rencanaId();
            getFooter()
                    .add(new Button(
                            getTranslation("kinerja.riwayat"),
                            e -> new RiwayatDialog(service, zonaWaktu, id, rencana).open()));
        }
        if (dapatDiubah) {
            Button simpan = new Button(getTranslation("kinerja.simpan-draf"), e -> simpan(false));
            Button ajukan = new Button(getTranslation("kinerja.simpan-ajukan"), e -> simpan(true));
            ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan, ajukan);
        } else {
            getFooter().add(new Button(getTranslation("umum.tutup"), e -> close()));
        }
    }

    private VerticalLayout triwulan(TriwulanRencana tw) {
        VerticalLayout bagian = new VerticalLayout();
        bagian.setPadding(false);
        bagian.setSpacing(false);
        bagian.addClassName("triwulan-rencana");
        bagian.add(new H4(getTranslation("triwulan." + tw.triwulan().nomor())));
        TextField field = new TextField(getTranslation("rencana-aksi.target", rencana.satuan()));
        field.setPlaceholder(getTranslation("rencana-aksi.belum-direncanakan"));
        // a read-only field shows no placeholder: say it in the value, which is never read back
        field.setValue(
                !dapatDiubah && tw.target() == null
                        ? getTranslation("rencana-aksi.belum-direncanakan")
                        : FormatAngka.formatIsian(tw.target()));
        field.setReadOnly(!dapatDiubah);
        field.setClearButtonVisible(dapatDiubah);
        IsianAngka.papanAngka(field);
        field.setWidth("14rem");
        field.setMaxWidth("100%");
        target.put(tw.triwulan(), field);
        bagian.add(field);

        VerticalLayout daftar = new VerticalLayout();
        daftar.setPadding(false);
        daftar.setSpacing(false);
        for (KegiatanIsian k : tw.kegiatan()) {
            tambahKegiatan(daftar, tw.triwulan(), k.uraian(), k.pelaksana());
        }
        bagian.add(daftar);
        if (!dapatDiubah && tw.kegiatan().isEmpty()) {
            Div kosong = new Div(getTranslation("rencana-aksi.tanpa-kegiatan"));
            kosong.addClassName("keterangan-kecil");
            bagian.add(kosong);
        }
        if (dapatDiubah) {
            Button tambah = new Button(
                    getTranslation("rencana-aksi.tambah-kegiatan"), e -> tambahKegiatan(daftar, tw.triwulan(), "", ""));
            tambah.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            bagian.add(tambah);
        }
        return bagian;
    }

    private void tambahKegiatan(VerticalLayout daftar, Triwulan triwulan, String uraianAwal, String pelaksanaAwal) {
        TextField uraian = new TextField(getTranslation("rencana-aksi.uraian"));
        uraian.setValue(uraianAwal);
        uraian.setMaxLength(500);
        uraian.addClassName("uraian-kegiatan");
        TextField pelaksana = new TextField(getTranslation("rencana-aksi.pelaksana"));
        pelaksana.setValue(pelaksanaAwal);
        pelaksana.setMaxLength(200);
        pelaksana.addClassName("pelaksana-kegiatan");
        Div baris = new Div(uraian, pelaksana);
        baris.addClassName("baris-kegiatan");
        for (TextField field : List.of(uraian, pelaksana)) {
            field.setReadOnly(!dapatDiubah);
            field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        }
        BarisKegiatan isian = new BarisKegiatan(triwulan, uraian, pelaksana, baris);
        if (dapatDiubah) {
            Button hapus = new Button(getTranslation("rencana-aksi.hapus-kegiatan"), e -> {
                kegiatan.remove(isian);
                baris.removeFromParent();
            });
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            baris.add(hapus);
        }
        kegiatan.add(isian);
        daftar.add(baris);
    }

    private void simpan(boolean ajukan) {
        Map<Triwulan, @Nullable BigDecimal> nilai = IsianAngka.baca(target);
        if (nilai == null) {
            Pemberitahuan.galat(getTranslation("kinerja.perbaiki-isian"));
            return;
        }
        List<KegiatanIsian> isian = kegiatan.stream()
                .map(k -> new KegiatanIsian(
                        k.triwulan(), k.uraian().getValue(), k.pelaksana().getValue()))
                .toList();
        RencanaIndikator tersimpan;
        try {
            tersimpan =
                    service.simpanDraf(new SimpanRencana(rencana.indikatorId(), rencana.tahun(), nilai, isian, versi));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("kinerja.konflik"));
            return;
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            return;
        }
        versi = tersimpan.versi();
        rencanaId = tersimpan.rencanaId();
        try {
            if (ajukan && rencanaId != null) {
                service.ajukan(rencanaId);
            }
            Pemberitahuan.berhasil(getTranslation(ajukan ? "rencana-aksi.diajukan" : "kinerja.tersimpan"));
            close();
        } catch (AturanDilanggar ditolak) {
            // the draft is saved; only the submission was refused, and the form stays open to complete it
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } finally {
            setelahSimpan.run();
        }
    }
}
