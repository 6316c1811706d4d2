package kr.silheomjang.ui.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The push channel's WebSocket goes without per-message compression (decision note 0056). Every browser offers
 * {@code permessage-deflate} and Tomcat accepts it, and then each open push connection keeps a zlib compressor and
 * decompressor with their windows for as long as its page is open: about 100 KiB of native memory per open view after
 * its first message and about 230 KiB once a few hundred have gone through, beside the half MiB of heap a board view
 * holds, and none of it visible in the heap. What is pushed is small (a moved card is about half a kilobyte), so
 * compressing it saves little. This filter hides the browser's offer from the container's handshake, which then
 * agrees to no extension. It runs before Tomcat's WebSocket filter, which the container always puts after the
 * application's filters.
 */
@Configuration
class PushWithoutCompression {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";
    /** Where Vaadin's push connects while its servlet is mapped at the root ({@code vaadin.urlMapping} unset). */
    static final String PUSH_PATH = "/VAADIN/push";

    @Bean
    FilterRegistrationBean<HideExtensionOffer> hideExtensionOffer() {
        FilterRegistrationBean<HideExtensionOffer> registration = new FilterRegistrationBean<>(
                new HideExtensionOffer());
        registration.addUrlPatterns(PUSH_PATH);
        // Any order does: the container registers its WebSocket filter to match after every application filter.
        return registration;
    }

    static final class HideExtensionOffer extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader(EXTENSIONS) == null) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
                }

                @Override
                public Enumeration<String> getHeaderNames() {
                    return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                            .filter(n -> !EXTENSIONS.equalsIgnoreCase(n)).toList());
                }
            }, response);
        }
    }
}
