package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.publik.PublikService.HalamanPublik;
import id.kecamatan.kinerja.publik.PublikService.InstansiPublik;
import id.kecamatan.kinerja.publik.PublikService.IsiDokumen;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * /publik for anyone, without signing in: the list of instansi whose page is on, an instansi's page, its published
 * documents. Plain HTML from templates/publik (no Vaadin, no session, no script), so a phone on a slow network gets
 * one small page, and browsers and proxies may keep it for {@link PublikService#SIMPAN}. Anything not shown (no such
 * instansi, a page switched off, a withdrawn document, a year not offered) is "not found", whatever the reason.
 */
@Controller
class PengendaliPublik {

    /** A kode as instansi have them (letters, digits, dashes): anything else is no page. */
    private static final String KODE = "{kode:[A-Za-z0-9-]{1,40}}";

    private final PublikService service;
    private final MessageSource pesan;
    private final ZoneId zona;

    PengendaliPublik(PublikService service, MessageSource pesan, ZoneId zona) {
        this.service = service;
        this.pesan = pesan;
        this.zona = zona;
    }

    /** With one instansi (an office's own installation) its page at once; else the list. */
    @GetMapping("/publik")
    String daftar(Model model, Locale locale, HttpServletResponse response) {
        List<InstansiPublik> daftar = service.daftar();
        String bahasa = TampilanPublik.parameterBahasa(locale);
        if (daftar.size() == 1) {
            return "redirect:/publik/" + daftar.getFirst().kode() + bahasa;
        }
        model.addAttribute("bahasa", bahasa);
        simpanSebentar(response);
        model.addAttribute("daftar", daftar);
        return "publik/daftar";
    }

    @GetMapping("/publik/" + KODE)
    String halaman(
            @PathVariable String kode,
            @RequestParam(required = false) @Nullable Integer tahun,
            @RequestParam(required = false) @Nullable Integer triwulan,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Periode sampai = null;
        if (tahun != null && triwulan != null) {
            if (!Triwulan.sah(triwulan)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            sampai = new Periode(tahun, Triwulan.dari(triwulan));
        }
        HalamanPublik halaman =
                service.halaman(kode, sampai).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        simpanSebentar(response);
        model.addAttribute("h", new TampilanPublik(pesan, locale, zona).halaman(halaman));
        model.addAttribute("simpanMenit", PublikService.SIMPAN.toMinutes());
        return "publik/halaman";
    }

    /** The PDF as published; its SHA-256 is its ETag, so a browser that has it gets 304. */
    @GetMapping("/publik/" + KODE + "/dokumen/{id:[0-9]{1,18}}")
    ResponseEntity<byte[]> dokumen(@PathVariable String kode, @PathVariable long id, WebRequest request) {
        IsiDokumen isi = service.dokumen(kode, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String etag = "\"" + isi.sha256() + "\"";
        CacheControl simpan = CacheControl.maxAge(PublikService.SIMPAN.toSeconds(), TimeUnit.SECONDS)
                .cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(simpan)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag(etag)
                .cacheControl(simpan)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(isi.namaBerkas())
                                .build()
                                .toString())
                .body(isi.isi());
    }

    /** Browsers and proxies may keep the page for as long as the service keeps its figures. */
    private static void simpanSebentar(HttpServletResponse response) {
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(PublikService.SIMPAN.toSeconds(), TimeUnit.SECONDS)
                        .cachePublic()
                        .getHeaderValue());
    }
}
