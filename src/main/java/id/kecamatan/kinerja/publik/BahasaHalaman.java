package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.base.PesanProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages Spring MVC writes (the public page): Bahasa Indonesia, or English when the address asks
 * for it ({@code ?bahasa=en}), as the portal's own screens speak Indonesian whatever the browser's language (many
 * office PCs and phones in Indonesia are set to English). In the address, so a cached page is one language.
 */
@Component("localeResolver")
class BahasaHalaman implements LocaleResolver {

    static final String PARAMETER = "bahasa";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return inggris(request.getParameter(PARAMETER)) ? PesanProvider.INGGRIS : PesanProvider.INDONESIA;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("bahasa halaman publik dipilih lewat alamat");
    }

    static boolean inggris(@Nullable String bahasa) {
        return "en".equals(bahasa);
    }
}
