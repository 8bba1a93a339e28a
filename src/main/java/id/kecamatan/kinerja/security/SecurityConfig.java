package id.kecamatan.kinerja.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Vaadin's security setup with our login view; access is also decided on every service method. */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize only: with JSR-250 enabled, Spring would also proxy every view carrying
// @RolesAllowed/@PermitAll for Vaadin's navigation checks (vaadin/flow#16062).
@EnableMethodSecurity
class SecurityConfig {

    /** bcrypt cost 10: about 60 ms per check here, within OWASP's advice and cheap enough for many logins. */
    static final int BCRYPT_COST = 10;

    /** By path, not by class, so this package does not depend on its ui package. */
    static final String LOGIN_ROUTE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.sameOrigin())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        // the chart library (ECharts WebJar, DESIGN §6) is a public file; Vaadin's rules would deny it otherwise
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/webjars/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }
}
