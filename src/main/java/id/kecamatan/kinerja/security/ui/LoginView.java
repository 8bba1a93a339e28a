package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kecamatan.kinerja.security.AkunTerkunci;
import id.kecamatan.kinerja.security.AlamatDibatasi;
import id.kecamatan.kinerja.security.BasisDataTidakTersedia;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page, in Bahasa Indonesia. Spring Security handles the form post to /login, which needs the CSRF token
 * Vaadin's login form takes from the page's meta tags. A failure says the same for an unknown account and a wrong
 * password; only a lock, or a throttled address, says how long to wait, and a database that cannot be reached is
 * said as such (the password was not checked).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final Clock clock;

    public LoginView(Clock clock) {
        this.clock = clock;
        addClassName("halaman-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.judul"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.masuk"));
        i18n.getErrorMessage().setTitle(getTranslation("login.gagal.judul"));
        i18n.getErrorMessage().setMessage(getTranslation("login.gagal.pesan"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.wajib"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.wajib"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        H1 judul = new H1(getTranslation("app.nama"));
        Paragraph keterangan = new Paragraph(getTranslation("login.keterangan"));
        Div kepala = new Div(judul, keterangan);
        kepala.addClassName("kepala-login");
        add(kepala, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameter =
                event.getLocation().getQueryParameters().getParameters();
        boolean gagal = parameter.containsKey("error");
        // sent here by SecurityConfig: the login was posted without this page's CSRF token
        boolean kedaluwarsa = parameter.containsKey("kedaluwarsa");
        if (gagal) {
            tulisPesanGagal(gagalTerakhir());
        } else if (kedaluwarsa) {
            i18n.getErrorMessage().setTitle(getTranslation("login.kedaluwarsa.judul"));
            i18n.getErrorMessage().setMessage(getTranslation("login.kedaluwarsa.pesan"));
            form.setI18n(i18n);
        }
        form.setError(gagal || kedaluwarsa);
    }

    private void tulisPesanGagal(@Nullable Object gagal) {
        LoginI18n.ErrorMessage pesan = i18n.getErrorMessage();
        if (gagal instanceof AkunTerkunci terkunci) {
            pesan.setTitle(getTranslation("login.terkunci.judul"));
            pesan.setMessage(getTranslation("login.terkunci.pesan", menitLagi(terkunci.getSampai())));
        } else if (gagal instanceof AlamatDibatasi dibatasi) {
            pesan.setTitle(getTranslation("login.dibatasi.judul"));
            pesan.setMessage(getTranslation("login.dibatasi.pesan", menitLagi(dibatasi.getSampai())));
        } else if (gagal instanceof BasisDataTidakTersedia) {
            pesan.setTitle(getTranslation("galat.basis-data.judul"));
            pesan.setMessage(getTranslation("login.basis-data.pesan"));
        } else {
            pesan.setTitle(getTranslation("login.gagal.judul"));
            pesan.setMessage(getTranslation("login.gagal.pesan"));
        }
        form.setI18n(i18n);
    }

    /** Spring Security keeps the last login failure in the session (SimpleUrlAuthenticationFailureHandler). */
    private static @Nullable Object gagalTerakhir() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        return http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** Whole minutes, rounded up: "1 minute" rather than "0" while any wait is left. */
    private long menitLagi(Instant sampai) {
        long detik = Math.max(0, Duration.between(clock.instant(), sampai).toSeconds());
        return Math.max(1, (detik + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.judul") + " · " + getTranslation("app.nama");
    }
}
