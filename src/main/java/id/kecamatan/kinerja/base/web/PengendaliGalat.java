package id.kecamatan.kinerja.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of every request the portal answers with an error (Tomcat forwards those to /error), in place of
 * Spring Boot's: always the static page for the status, whatever the request accepts. Spring Boot's chose JSON for a
 * client accepting any type, then failed with a 500 where the response already had a type (Vaadin answers /VAADIN
 * with a text/plain 403), and answered /error asked for directly with a 500 of status 999.
 */
@Controller
class PengendaliGalat implements ErrorController {

    @RequestMapping("/error")
    void galat(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // no error status: /error asked for directly, which is no page of the portal
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer kode && kode >= 400
                ? kode
                : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(HalamanGalat.untuk(status));
    }
}
