package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.PerbandinganRencana;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.TriwulanRencana;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import org.jspecify.annotations.Nullable;

/** How computed figures and statuses read on screen: empty is "belum diisi", never 0 and never green. */
final class TampilanRealisasi {

    private TampilanRealisasi() {}

    static String teks(Component konteks, Hasil hasil, @Nullable String satuan) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.nilai(n.nilai(), satuan) + (satuan == null ? "" : " " + satuan);
            case Hasil.BelumDiisi b -> konteks.getTranslation("hasil.belum-diisi");
            case Hasil.TidakDapatDihitung t -> konteks.getTranslation("hasil.tidak-dapat-dihitung", t.alasan());
        };
    }

    /**
     * The contents of one quarter's cell: status, a late mark, the sample-data mark, the value and capaian, and
     * a returned row's note. Screens add their own buttons below.
     */
    static Div sel(Component konteks, @Nullable SelTriwulan sel, String satuan, boolean terlambat) {
        Div isi = new Div();
        isi.addClassName("sel-triwulan");
        isi.add(status(konteks, sel == null ? null : sel.status()));
        if (terlambat) {
            Span tanda = new Span(konteks.getTranslation("kinerja.terlambat"));
            tanda.addClassNames("etiket", "status-terlambat");
            isi.add(tanda);
        }
        if (sel == null) {
            return isi;
        }
        if (sel.dataContoh()) {
            Div contoh = new Div(konteks.getTranslation("umum.contoh"));
            contoh.addClassName("keterangan-kecil");
            isi.add(contoh);
        }
        isi.add(new Div(teks(konteks, sel.realisasi(), satuan)));
        Div capaian = new Div(konteks.getTranslation("kinerja.capaian", teks(konteks, sel.capaian(), "%")));
        capaian.addClassName("keterangan-kecil");
        isi.add(capaian);
        if (sel.catatanVerifikator() != null && sel.status() == StatusRealisasi.DIKEMBALIKAN) {
            Div catatan = new Div(konteks.getTranslation("kinerja.catatan-verifikator", sel.catatanVerifikator()));
            catatan.addClassName("catatan-koreksi");
            isi.add(catatan);
        }
        return isi;
    }

    /** A Rencana Aksi's status; none saved yet is "belum disusun". */
    static Span statusRencana(Component konteks, @Nullable StatusRealisasi status) {
        if (status != null) {
            return status(konteks, status);
        }
        Span belum = new Span(konteks.getTranslation("rencana-aksi.belum-ada"));
        belum.addClassNames("etiket", "status-kosong");
        return belum;
    }

    static Span status(Component konteks, @Nullable StatusRealisasi status) {
        Span etiket = new Span(konteks.getTranslation("status." + (status == null ? "KOSONG" : status.name())));
        etiket.addClassNames(
                "etiket", "status-" + (status == null ? "kosong" : status.name().toLowerCase()));
        return etiket;
    }

    /**
     * A quarter's Rencana Aksi beside its realisasi: the planned target ("belum direncanakan" when none, never 0) and,
     * when the approved realisasi fell short of it, a mark with what was reached against the plan.
     */
    static Div rencana(Component konteks, TriwulanRencana triwulan, String satuan) {
        Div isi = new Div();
        isi.addClassName("rencana-triwulan");
        isi.add(new Div(konteks.getTranslation(
                "rencana-aksi.target-sel",
                triwulan.target() == null
                        ? konteks.getTranslation("rencana-aksi.belum-direncanakan")
                        : FormatAngka.nilai(triwulan.target(), satuan) + " " + satuan)));
        PerbandinganRencana banding = triwulan.banding();
        if (banding.menyimpang()) {
            Span tanda = new Span(konteks.getTranslation(
                    "rencana-aksi.menyimpang",
                    teks(konteks, banding.realisasi(), satuan),
                    FormatAngka.nilai(banding.target(), satuan),
                    teks(konteks, banding.capaian(), "%")));
            tanda.addClassNames("etiket", "status-terlambat");
            isi.add(tanda);
        }
        return isi;
    }
}
