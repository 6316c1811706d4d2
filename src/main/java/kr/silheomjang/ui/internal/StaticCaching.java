package kr.silheomjang.ui.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Files whose address changes with their content are cached for a year and never revalidated (issue 17; decision note
 * 0029): Vaadin's bundle under {@code /VAADIN/build/} (Vite puts a content hash in every name), its client engine
 * ({@code client-<hash>.cache.js}), the push script and stylesheets that Vaadin links with a version ({@code ?v=},
 * {@code ?v-c=}). Vaadin itself sends them with one hour, and Spring Security adds {@code Pragma}/{@code Expires}
 * that ask for less; for these files both are replaced. A phone coming back to a survey then loads only the page and
 * its data. Everything else keeps its headers (pages and data are never cached).
 */
@Configuration
class StaticCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<ImmutableAssets> immutableAssets() {
        FilterRegistrationBean<ImmutableAssets> registration = new FilterRegistrationBean<>(new ImmutableAssets());
        // Before Spring Security (-100), so its cache headers meet the wrapper.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Whether the request names a file by its content: its address changes whenever the file does. */
    static boolean versioned(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/client/client-")
                && path.endsWith(".cache.js")) {
            return true;
        }
        boolean file = path.endsWith(".css") || path.endsWith(".js");
        return file && query != null && (query.startsWith("v-c=") || query.startsWith("v="));
    }

    static final class ImmutableAssets extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!versioned(request)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Cache-Control", IMMUTABLE);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!cacheHeader(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!cacheHeader(name)) {
                        super.addHeader(name, value);
                    }
                }

                @Override
                public void setDateHeader(String name, long date) {
                    if (!cacheHeader(name)) {
                        super.setDateHeader(name, date);
                    }
                }

                @Override
                public void addDateHeader(String name, long date) {
                    if (!cacheHeader(name)) {
                        super.addDateHeader(name, date);
                    }
                }
            });
        }

        private static boolean cacheHeader(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
