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
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKomponen;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Penetapan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.PilihanJabatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TetapkanKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Total;
import id.kecamatan.kinerja.evaluasi.RekomendasiService;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The Evaluasi AKIP worksheet of a year: the totals and grades of the office's own answers and of the evaluator's (or
 * how many kriteria lack one), the score of each komponen, the kriteria whose next step up the scale adds the most
 * points, every kriteria with the office's answer, justification, assigned jabatan and evidence files and the
 * evaluator's final answer and note, and the recommendations with their follow-up. The Sekcam answers and assigns
 * every kriteria, the holder of an assigned jabatan answers its own; the evaluator (or, for an internal evaluation,
 * the Sekcam) sets the final answers and writes recommendations, the Sekcam records their follow-up; the Camat and
 * the Admin read. Every role of the office has the page: a Kasi or a staff member sees the office's scores and the
 * kriteria assigned to their jabatan, or a line saying there are none.
 */
@Route("evaluasi")
@Menu(title = "menu.evaluasi", order = 7.7, icon = "vaadin:clipboard-check")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class EvaluasiView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How many of the kriteria that would raise the total most are listed. */
    static final int PENINGKATAN_DITAMPILKAN = 10;

    private final EvaluasiService service;
    private final RekomendasiService rekomendasiService;
    private final BuktiKriteriaService buktiService;
    private final UsulanNilaiAkipService usulanService;
    private final PilihTahun tahun;
    private final Div isi = new Div();
    private final DateTimeFormatter waktu;

    public EvaluasiView(
            EvaluasiService service,
            BuktiKriteriaService buktiService,
            RekomendasiService rekomendasiService,
            UsulanNilaiAkipService usulanService,
            Clock clock,
            ZoneId zona) {
        this.service = service;
        this.buktiService = buktiService;
        this.rekomendasiService = rekomendasiService;
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
        isi.add(ringkasan(l));
        if (l.hanyaTugasSaya()) {
            boolean adaTugas = !l.semuaKriteria().isEmpty();
            Div tugas = kartu(new Paragraph(
                    adaTugas ? getTranslation("evaluasi.tugas-saya") : getTranslation("evaluasi.tugas-kosong", t)));
            tugas.setId("tugas-saya");
            isi.add(tugas, peningkatan(l));
        } else {
            // the office's IKU fed by this evaluation: for those who read the whole worksheet
            isi.add(new KartuUsulanNilaiAkip(usulanService, t), peningkatan(l));
        }
        // the Sekcam's choice of jabatan, read once per worksheet
        List<PilihanJabatan> jabatan = l.bolehMenjawab() ? service.pilihanJabatan() : null;
        for (BarisKomponen k : l.komponen()) {
            if (k.sub().stream().anyMatch(s -> !s.kriteria().isEmpty())) {
                isi.add(komponen(l, k, jabatan));
            }
        }
        isi.add(new BagianRekomendasi(rekomendasiService, l, this::muat, waktu));
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
        Div kartu = kartu(
                new Div(getTranslation("evaluasi.nilai-akip", l.tahun())),
                angka(
                        l.mandiri(),
                        "nilai-akip",
                        getTranslation("evaluasi.belum-lengkap", l.mandiri().belum(), l.jumlahKriteria())),
                new Div(getTranslation("evaluasi.nilai-akip-evaluasi", l.tahun())),
                angka(
                        l.hasilEvaluasi(),
                        "nilai-akip-evaluasi",
                        getTranslation(
                                "evaluasi.belum-ditetapkan-lengkap",
                                l.hasilEvaluasi().belum(),
                                l.jumlahKriteria())));
        kartu.addClassName("kartu-utama");
        if (l.kurangKePredikatBerikut() != null && l.predikatBerikut() != null) {
            kartu.add(keterangan(getTranslation(
                    "evaluasi.kurang-ke-predikat",
                    FormatAngka.duaDesimal(l.kurangKePredikatBerikut()),
                    l.predikatBerikut())));
        }
        for (BarisKomponen k : l.komponen()) {
            kartu.add(keterangan(k.nama() + ": " + duaNilai(k.nilai(), k.nilaiPenetapan())
                    + " / " + FormatAngka.format(k.bobot())
                    + (k.belumDinilai() > 0
                            ? " · " + getTranslation("evaluasi.belum-dinilai", k.belumDinilai())
                            : "")));
        }
        kartu.add(keterangan(getTranslation("evaluasi.lke", l.namaLke())));
        if (l.bolehMenetapkan()) {
            Button salin = new Button(getTranslation("evaluasi.tetapkan-sesuai-usulan"), e -> {
                try {
                    int jumlah = service.tetapkanSesuaiUsulan(l.evaluasiId());
                    Pemberitahuan.berhasil(getTranslation("evaluasi.ditetapkan-sesuai-usulan", jumlah));
                } catch (AturanDilanggar ditolak) {
                    Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
                }
                muat();
            });
            salin.setId("tetapkan-sesuai-usulan");
            kartu.add(keterangan(getTranslation("evaluasi.tetapkan-sesuai-usulan.keterangan")), salin);
        }
        return kartu;
    }

    /** A total as a big number with its grade, or {@code belum}: how many kriteria still lack an answer. */
    private static Component angka(Total total, String id, String belum) {
        Div angka = new Div(total.nilai() instanceof Hasil.Nilai(var nilai) ? FormatAngka.duaDesimal(nilai) : belum);
        angka.addClassNames("kartu-angka", total.nilai() instanceof Hasil.Nilai ? "ada" : "kosong");
        angka.setId(id);
        if (total.predikat() == null) {
            return angka;
        }
        Span predikat = new Span(total.predikat());
        predikat.addClassNames("etiket", "predikat");
        return new Div(angka, predikat);
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

    private Component komponen(LembarEvaluasi l, BarisKomponen k, @Nullable List<PilihanJabatan> jabatan) {
        VerticalLayout badan = new VerticalLayout();
        badan.setPadding(false);
        for (BarisSub s : k.sub()) {
            if (s.kriteria().isEmpty()) {
                continue;
            }
            badan.add(new H4(s.nama() + " (" + duaNilai(s.nilai(), s.nilaiPenetapan()) + " / "
                    + FormatAngka.format(s.bobot()) + ")"));
            if (jabatan != null) {
                badan.add(new TugasSubKomponen(service, l.evaluasiId(), s, jabatan, this::muat));
            }
            for (BarisKriteria kr : s.kriteria()) {
                badan.add(kriteria(l, kr, jabatan));
            }
        }
        Details details = new Details(
                k.nama() + " · " + duaNilai(k.nilai(), k.nilaiPenetapan()) + " / " + FormatAngka.format(k.bobot()),
                badan);
        details.setWidthFull();
        details.addClassName("kartu");
        return details;
    }

    private Component kriteria(LembarEvaluasi l, BarisKriteria kr, @Nullable List<PilihanJabatan> jabatan) {
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
        kartu.add(new TugasKriteria(service, l.evaluasiId(), kr, jabatan, this::muat));
        Select<String> jawaban = pilihJawaban(kr, getTranslation("evaluasi.jawaban"), kr.usulan());
        jawaban.addClassName("jawaban-kantor");
        TextArea justifikasi = new TextArea(getTranslation("evaluasi.justifikasi"));
        justifikasi.setValue(kr.justifikasi() == null ? "" : kr.justifikasi());
        justifikasi.setMaxLength(EvaluasiService.PANJANG_JUSTIFIKASI);
        justifikasi.setWidthFull();
        kartu.add(jawaban, justifikasi);
        if (kr.oleh() != null && kr.pada() != null) {
            kartu.add(keterangan(getTranslation("evaluasi.diubah", kr.oleh(), waktu.format(kr.pada()))));
        }
        if (kr.bolehMenjawab()) {
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
        kartu.add(new BerkasKriteriaPanel(buktiService, l.evaluasiId(), kr));
        kartu.add(penetapan(l, kr));
        return kartu;
    }

    /** The evaluator's final answer and note, under the office's. */
    private Component penetapan(LembarEvaluasi l, BarisKriteria kr) {
        Penetapan p = kr.penetapan();
        Div bagian = new Div(new Div(getTranslation("evaluasi.penetapan-judul")));
        bagian.addClassName("penetapan-evaluator");
        Select<String> jawaban = pilihJawaban(kr, getTranslation("evaluasi.penetapan"), p.jawaban());
        jawaban.addClassName("jawaban-evaluator");
        TextArea catatan = new TextArea(getTranslation("evaluasi.catatan-evaluator"));
        catatan.setValue(p.catatan() == null ? "" : p.catatan());
        catatan.setMaxLength(EvaluasiService.PANJANG_JUSTIFIKASI);
        catatan.setWidthFull();
        bagian.add(jawaban, catatan);
        if (p.oleh() != null && p.pada() != null) {
            bagian.add(keterangan(getTranslation(
                    p.apip() ? "evaluasi.ditetapkan-apip" : "evaluasi.ditetapkan", p.oleh(), waktu.format(p.pada()))));
        }
        if (p.bolehDiubah()) {
            Button simpan = new Button(getTranslation("evaluasi.simpan-penetapan"), e -> {
                try {
                    service.tetapkan(new TetapkanKriteria(
                            l.evaluasiId(), kr.kode(), jawaban.getValue(), catatan.getValue(), kr.versi()));
                    Pemberitahuan.berhasil(getTranslation("evaluasi.penetapan-tersimpan", kr.kode()));
                    muat();
                } catch (AturanDilanggar ditolak) {
                    Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
                } catch (ObjectOptimisticLockingFailureException konflik) {
                    Pemberitahuan.galat(getTranslation("evaluasi.konflik", kr.kode()));
                }
            });
            simpan.setId("tetapkan-" + kr.kode());
            bagian.add(simpan);
        } else {
            jawaban.setReadOnly(true);
            catatan.setReadOnly(true);
        }
        return bagian;
    }

    /** A kriteria's scale with "belum dinilai" first, set to {@code nilai}. */
    private Select<String> pilihJawaban(BarisKriteria kr, String label, @Nullable String nilai) {
        Select<String> jawaban = new Select<>();
        jawaban.setLabel(label);
        List<String> pilihan = new ArrayList<>(List.of(""));
        pilihan.addAll(kr.pilihan());
        jawaban.setItems(pilihan);
        jawaban.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("evaluasi.belum-dinilai-satu") : p);
        jawaban.setValue(nilai == null ? "" : nilai);
        return jawaban;
    }

    /** A score of the office's answers and of the evaluator's, each named. */
    private String duaNilai(Hasil mandiri, Hasil hasilEvaluasi) {
        return getTranslation("evaluasi.dua-nilai", teksNilai(mandiri), teksNilai(hasilEvaluasi));
    }

    private String teksNilai(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(var nilai) ? FormatAngka.duaDesimal(nilai) : "–";
    }

    static Div kartu(Component... isi) {
        Div kartu = new Div(isi);
        kartu.addClassName("kartu");
        return kartu;
    }

    static Div keterangan(String teks) {
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
