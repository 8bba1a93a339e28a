package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.kecamatan.kinerja.base.BerkasBukti;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.InfoBukti;
import java.util.Date;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Evidence files as download links with size, time and who uploaded them, the replaced ones folded below as
 * history: a realisasi's bukti dukung, an LKE kriteria's files.
 */
public class DaftarBukti extends Div {

    /** The service call that hands out one file, checking access on every request for it. */
    @FunctionalInterface
    public interface Pengunduh {
        BerkasBukti unduh(Long buktiId);
    }

    private final Pengunduh pengunduh;

    public DaftarBukti(Pengunduh pengunduh, List<InfoBukti> bukti) {
        this.pengunduh = pengunduh;
        addClassName("daftar-bukti");
        tampilkan(bukti);
    }

    public void tampilkan(List<InfoBukti> bukti) {
        removeAll();
        List<InfoBukti> berlaku = bukti.stream().filter(b -> !b.diganti()).toList();
        List<InfoBukti> diganti = bukti.stream().filter(InfoBukti::diganti).toList();
        if (berlaku.isEmpty()) {
            Div kosong = new Div(getTranslation("bukti.belum-ada"));
            kosong.addClassName("keterangan-kecil");
            add(kosong);
        }
        berlaku.forEach(b -> add(baris(b)));
        if (!diganti.isEmpty()) {
            Details riwayat = new Details(getTranslation("bukti.riwayat", diganti.size()));
            riwayat.addClassName("riwayat-bukti");
            diganti.forEach(b -> riwayat.add(baris(b)));
            add(riwayat);
        }
    }

    private Div baris(InfoBukti bukti) {
        Anchor tautan = new Anchor(unduhan(bukti.id()), AttachmentType.DOWNLOAD, bukti.namaFile());
        String keterangan = getTranslation(
                "bukti.info",
                FormatAngka.ukuranBerkas(bukti.ukuran()),
                Date.from(bukti.diunggahPada()),
                bukti.diunggahOleh());
        if (bukti.diganti()) {
            keterangan += " · " + getTranslation("bukti.diganti-pada", Date.from(bukti.digantiPada()));
        }
        Span info = new Span(keterangan);
        info.addClassName("keterangan-kecil");
        Div baris = new Div(tautan, info);
        baris.addClassName("bukti");
        return baris;
    }

    /** Asks the service at download time, so access is checked again on every request for the file. */
    private DownloadHandler unduhan(Long buktiId) {
        return event -> {
            BerkasBukti berkas;
            try {
                berkas = pengunduh.unduh(buktiId);
            } catch (AccessDeniedException ditolak) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
                return;
            }
            Unduhan.kirim(
                    event,
                    berkas.namaFile(),
                    berkas.tipeKonten(),
                    berkas.isi().length,
                    keluaran -> keluaran.write(berkas.isi()));
        };
    }
}
