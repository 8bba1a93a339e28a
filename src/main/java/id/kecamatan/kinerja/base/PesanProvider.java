package id.kecamatan.kinerja.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from messages.properties (Bahasa Indonesia, the default) and messages_en.properties.
 * A missing key shows as !key! so it is noticed, not hidden.
 */
@Component
public class PesanProvider implements I18NProvider {

    public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    public static final Locale INGGRIS = Locale.ENGLISH;

    private final MessageSource messageSource;

    PesanProvider(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIA, INGGRIS);
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        Locale bahasa = locale != null && INGGRIS.getLanguage().equals(locale.getLanguage()) ? INGGRIS : INDONESIA;
        try {
            return messageSource.getMessage(key, params, bahasa);
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }
}
