package kr.silheomjang.security.internal;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import kr.silheomjang.security.LoginThrottle;

@Configuration
@EnableWebSecurity
// @PreAuthorize through PreAuthorizeCheck (preAuthorizeAdvisor below); the other method-security annotations are unused.
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfig {

    /**
     * What Vaadin 25.2 needs and nothing more (decision note 14): its bootstrap starts the client engine with an inline
     * script and runs {@code executeJs} through constructed functions ({@code 'unsafe-inline' 'unsafe-eval'}), its
     * components set inline styles; everything else comes from this origin (push included: {@code connect-src 'self'}
     * covers the same-origin WebSocket). QR codes and previews are {@code data:}/{@code blob:} images. No frames, no
     * plugins, forms post only here, and no other site may frame these pages.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "media-src 'self' blob:; "
            + "worker-src 'self' blob:; "
            + "frame-src 'none'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * No observation (timer and trace span) around each authorization decision: every open view re-reads through a
     * {@code @PreAuthorize} service on every live change, and wrapping each check in an observation was about half of
     * method security's share of the fan-out CPU (issue #21, decision note 0043). The decisions are unchanged;
     * requests and sign-ins are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    /**
     * {@code @PreAuthorize} as Spring Security's own interceptor enforces it (same place among the advisors; the
     * security-context strategy read on each call, as by default: Vaadin's, which finds the signed-in user inside
     * {@code ui.access} too), deciding {@code isAuthenticated()} without SpEL (decision note 0054). Other expressions
     * get an expression handler that knows the application context, so {@code @bean} references resolve.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeAdvisor(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        handler.setApplicationContext(context);
        PreAuthorizeAuthorizationManager expressions = new PreAuthorizeAuthorizationManager();
        expressions.setExpressionHandler(handler);
        expressions.setApplicationContext(context);
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize(new PreAuthorizeCheck(expressions));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SessionRegistry sessionRegistry)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles.css", "/images/**", "/icons/**", "/favicon.ico").permitAll()
                // Features' own stylesheets (@StyleSheet("css/<feature>.css")): static, public like styles.css.
                .requestMatchers(HttpMethod.GET, "/css/*.css").permitAll()
                // Secret iCal feed URLs (schedule): calendar apps cannot log in; the unguessable token in the path is
                // the credential. Every other /ical/ path is answered 404 by PathHygieneFilter, signed in or not.
                .requestMatchers(HttpMethod.GET, "/ical/**").permitAll()
                // Probes for the orchestrator: up/down only, no details (management.endpoint.health.show-details).
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll());
        // Written before the request is handled, not on commit: Vaadin's HTML pages are served through a forward to
        // its servlet, where headers written on commit never appeared.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Secret links (invitations, surveys) are in paths: never send them to another site.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(nosniff -> { }));
        // Sessions are registered so that a password change can end the person's other sessions; one ended on another
        // node (or not reachable here) is refused at its next request and sent to the sign-in page.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // Signed-in people reach the UI for any other path, so an unknown one gets the UI's Korean 404 page
        // (ui.PageNotFound) instead of the configurer's empty 403; people who are not signed in still go to sign-in.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login")
                .anyRequest(request -> request.authenticated()));
        return http.build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and {@link SignedInSessions}) when sessions end or change their id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Delegating encoder: bcrypt today, and hashes stay upgradeable as the default moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes success and failure events, which feed the login throttle. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
