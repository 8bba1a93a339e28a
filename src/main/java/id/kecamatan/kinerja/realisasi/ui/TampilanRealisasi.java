package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;

/** How computed figures and statuses read on screen: empty is "belum diisi", never 0 and never green. */
final class TampilanRealisasi {

    private TampilanRealisasi() {
    }

    static String teks(Component konteks, Hasil hasil, String satuan) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.format(n.nilai()) + (satuan == null ? "" : " " + satuan);
            case Hasil.BelumDiisi b -> konteks.getTranslation("hasil.belum-diisi");
            case Hasil.TidakDapatDihitung t -> konteks.getTranslation("hasil.tidak-dapat-dihitung", t.alasan());
        };
    }

    static Span status(Component konteks, StatusRealisasi status) {
        Span etiket = new Span(konteks.getTranslation("status." + (status == null ? "KOSONG" : status.name())));
        etiket.addClassNames("etiket", "status-" + (status == null ? "kosong" : status.name().toLowerCase()));
        return etiket;
    }
}
