package id.kecamatan.kinerja.evaluasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKomponen;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The Evaluasi AKIP worksheet of a year: the total and grade (or how many kriteria are not answered yet), the score of
 * each komponen, the kriteria whose next step up the scale adds the most points, and every kriteria with its answer
 * and justification, which the Sekcam edits and the Camat and the Admin read.
 */
@Route("evaluasi")
@Menu(title = "menu.evaluasi", order = 7.7, icon = "vaadin:clipboard-check")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN"})
public class EvaluasiView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How many of the kriteria that would raise the total most are listed. */
    static final int PENINGKATAN_DITAMPILKAN = 10;

    private final EvaluasiService service;
    private final UsulanNilaiAkipService usulanService;
    private final PilihTahun tahun;
    private final Div isi = new Div();
    private final DateTimeFormatter waktu;

    public EvaluasiView(EvaluasiService service, UsulanNilaiAkipService usulanService, Clock clock, ZoneId zona) {
        this.service = service;
        this.usulanService = usulanService;
        this.waktu = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zona);
        setWidthFull();
        setMaxWidth("64rem");
        addClassName("halaman-evaluasi");
        tahun = new PilihTahun(clock, 0);
        tahun.addValueChangeListener(e -> muat());
        Paragraph keterangan = new Paragraph(getTranslation("evaluasi.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        isi.setWidthFull();
        add(keterangan, tahun, isi);
        muat();
    }

    private void muat() {
        isi.removeAll();
        int t = tahun.getValue();
        Optional<LembarEvaluasi> lembar = service.lembar(t);
        if (lembar.isEmpty()) {
            isi.add(belumDibuka(t));
            return;
        }
        LembarEvaluasi l = lembar.get();
        isi.add(ringkasan(l), new KartuUsulanNilaiAkip(usulanService, t), peningkatan(l));
        for (BarisKomponen k : l.komponen()) {
            isi.add(komponen(l, k));
        }
    }

    private Component belumDibuka(int t) {
        Div kartu = kartu(new Paragraph(getTranslation("evaluasi.belum-dibuka", t)));
        if (service.bolehMembuka()) {
            Button buka = new Button(getTranslation("evaluasi.buka", t), e -> {
                try {
                    service.buka(t);
                    Pemberitahuan.berhasil(getTranslation("evaluasi.dibuka", t));
                } catch (AturanDilanggar ditolak) {
                    Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
                }
                muat();
            });
            buka.setId("buka-evaluasi");
            buka.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            kartu.add(buka);
        }
        return kartu;
    }

    private Component ringkasan(LembarEvaluasi l) {
        Div angka = new Div(
                l.total() instanceof Hasil.Nilai(var nilai)
                        ? FormatAngka.duaDesimal(nilai)
                        : getTranslation("evaluasi.belum-lengkap", l.belumDinilai(), l.jumlahKriteria()));
        angka.addClassNames("kartu-angka", l.total() instanceof Hasil.Nilai ? "ada" : "kosong");
        angka.setId("nilai-akip");
        Div kartu = kartu(new Div(getTranslation("evaluasi.nilai-akip", l.tahun())), angka);
        kartu.addClassName("kartu-utama");
        if (l.predikat() != null) {
            Span predikat = new Span(l.predikat());
            predikat.addClassNames("etiket", "predikat");
            kartu.add(predikat);
        }
        if (l.kurangKePredikatBerikut() != null && l.predikatBerikut() != null) {
            kartu.add(keterangan(getTranslation(
                    "evaluasi.kurang-ke-predikat",
                    FormatAngka.duaDesimal(l.kurangKePredikatBerikut()),
                    l.predikatBerikut())));
        }
        for (BarisKomponen k : l.komponen()) {
            kartu.add(keterangan(k.nama() + ": " + teksNilai(k.nilai()) + " / " + FormatAngka.format(k.bobot())
                    + (k.belumDinilai() > 0
                            ? " · " + getTranslation("evaluasi.belum-dinilai", k.belumDinilai())
                            : "")));
        }
        kartu.add(keterangan(getTranslation("evaluasi.lke", l.namaLke())));
        return kartu;
    }

    private Component peningkatan(LembarEvaluasi l) {
        Div kartu = kartu(new H3(getTranslation("evaluasi.peningkatan")));
        List<Peningkatan> daftar =
                l.peningkatan().stream().limit(PENINGKATAN_DITAMPILKAN).toList();
        if (daftar.isEmpty()) {
            kartu.add(keterangan(getTranslation("evaluasi.peningkatan-kosong")));
        }
        for (Peningkatan p : daftar) {
            Span poin = new Span(getTranslation(
                    "evaluasi.peningkatan-baris", p.dari(), p.ke(), FormatAngka.duaDesimal(p.tambahan())));
            poin.addClassName("poin");
            Div baris = new Div(poin, new Span(p.kriteria() + " · " + p.uraian()));
            baris.addClassName("baris-peningkatan");
            kartu.add(baris);
        }
        return kartu;
    }

    private Component komponen(LembarEvaluasi l, BarisKomponen k) {
        VerticalLayout badan = new VerticalLayout();
        badan.setPadding(false);
        for (BarisSub s : k.sub()) {
            badan.add(new H4(s.nama() + " (" + teksNilai(s.nilai()) + " / " + FormatAngka.format(s.bobot()) + ")"));
            for (BarisKriteria kr : s.kriteria()) {
                badan.add(kriteria(l, kr));
            }
        }
        Details details =
                new Details(k.nama() + " · " + teksNilai(k.nilai()) + " / " + FormatAngka.format(k.bobot()), badan);
        details.setWidthFull();
        details.addClassName("kartu");
        return details;
    }

    private Component kriteria(LembarEvaluasi l, BarisKriteria kr) {
        Div kartu = new Div(new Div(kr.kode() + " · " + kr.uraian()));
        kartu.addClassName("kriteria-lke");
        if (kr.bukti() != null) {
            Anchor bukti = new Anchor(
                    kr.bukti().tautan(),
                    getTranslation(
                            "evaluasi.bukti",
                            getTranslation(
                                    kr.bukti().kunciPesan(),
                                    kr.bukti().argumen().toArray())));
            bukti.addClassName("bukti-portal");
            kartu.add(bukti);
        }
        kartu.setId("kriteria-" + kr.kode());
        Select<String> jawaban = new Select<>();
        jawaban.setLabel(getTranslation("evaluasi.jawaban"));
        List<String> pilihan = new ArrayList<>(List.of(""));
        pilihan.addAll(kr.pilihan());
        jawaban.setItems(pilihan);
        jawaban.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("evaluasi.belum-dinilai-satu") : p);
        jawaban.setValue(kr.usulan() == null ? "" : kr.usulan());
        TextArea justifikasi = new TextArea(getTranslation("evaluasi.justifikasi"));
        justifikasi.setValue(kr.justifikasi() == null ? "" : kr.justifikasi());
        justifikasi.setMaxLength(EvaluasiService.PANJANG_JUSTIFIKASI);
        justifikasi.setWidthFull();
        kartu.add(jawaban, justifikasi);
        if (kr.oleh() != null && kr.pada() != null) {
            kartu.add(keterangan(getTranslation("evaluasi.diubah", kr.oleh(), waktu.format(kr.pada()))));
        }
        if (l.bolehMenjawab()) {
            Button simpan = new Button(getTranslation("evaluasi.simpan"), e -> {
                try {
                    service.jawab(new JawabKriteria(
                            l.evaluasiId(), kr.kode(), jawaban.getValue(), justifikasi.getValue(), kr.versi()));
                    Pemberitahuan.berhasil(getTranslation("evaluasi.tersimpan", kr.kode()));
                    muat();
                } catch (AturanDilanggar ditolak) {
                    Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
                } catch (ObjectOptimisticLockingFailureException konflik) {
                    // the typed answer stays on screen; reloading would lose it
                    Pemberitahuan.galat(getTranslation("evaluasi.konflik", kr.kode()));
                }
            });
            simpan.setId("simpan-" + kr.kode());
            kartu.add(simpan);
        } else {
            jawaban.setReadOnly(true);
            justifikasi.setReadOnly(true);
        }
        return kartu;
    }

    private String teksNilai(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(var nilai) ? FormatAngka.duaDesimal(nilai) : "–";
    }

    private static Div kartu(Component... isi) {
        Div kartu = new Div(isi);
        kartu.addClassName("kartu");
        return kartu;
    }

    private static Div keterangan(String teks) {
        Div div = new Div(teks);
        div.addClassName("keterangan-kecil");
        return div;
    }

    /** {@code evaluasi?tahun=2025} opens that year, so other pages can link to an evaluation. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("tahun").ifPresent(teks -> {
            try {
                tahun.pilih(Integer.parseInt(teks));
            } catch (NumberFormatException bukanTahun) {
                // a mistyped address opens this year, as without the parameter
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.evaluasi");
    }
}
