package id.kecamatan.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request under /VAADIN never creates an HTTP session. Vaadin treats a path there that is no static file
 * (/VAADIN, /VAADIN/, /VAADIN/anything) as a page and opened a new session for it, before sending an anonymous
 * visitor to the login page: a cheap way to fill the server with sessions. What legitimately lives there (static
 * files, push, downloads of a signed-in user) needs no session or uses the one it already has.
 */
@Component
class SesiBukanUntukFolderVaadin extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfig.folderVaadin(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public HttpSession getSession() {
                        return super.getSession(false);
                    }

                    @Override
                    public HttpSession getSession(boolean buat) {
                        return super.getSession(false);
                    }
                },
                response);
    }
}
