package kr.silheomjang.security.internal;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import kr.silheomjang.shared.PublicBaseUrl;

/**
 * Two filters in front of everything else (Spring Security included), for what no single feature owns:
 * <ul>
 * <li>{@link BaseUrlRedirects}: every redirect points at {@code silheomjang.base-url}, never at the Host header a
 * client sent (Spring Security and the servlet container would otherwise build absolute URLs from it), and never
 * carries a session id in the URL;</li>
 * <li>{@link UnknownFeedPaths}: under {@code /ical/} only the feed's own path shape exists; anything else is a plain
 * 404, signed in or not, instead of a login redirect or the UI's page.</li>
 * </ul>
 */
@Configuration
class HttpHygieneFilters {

    @Bean
    FilterRegistrationBean<BaseUrlRedirects> baseUrlRedirects(PublicBaseUrl baseUrl) {
        FilterRegistrationBean<BaseUrlRedirects> registration = new FilterRegistrationBean<>(
                new BaseUrlRedirects(baseUrl));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UnknownFeedPaths> unknownFeedPaths() {
        FilterRegistrationBean<UnknownFeedPaths> registration = new FilterRegistrationBean<>(new UnknownFeedPaths());
        // After Spring Security (order -100), so the 404 carries the same security headers as every other response.
        registration.setOrder(0);
        registration.addUrlPatterns("/ical/*");
        return registration;
    }

    static final class BaseUrlRedirects extends OncePerRequestFilter {

        private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
        private static final Pattern SESSION_ID = Pattern.compile(";jsessionid=[^?#/]*", Pattern.CASE_INSENSITIVE);

        private final PublicBaseUrl baseUrl;

        BaseUrlRedirects(PublicBaseUrl baseUrl) {
            this.baseUrl = baseUrl;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    super.sendRedirect(rewrite(request, location));
                }

                @Override
                public void setHeader(String name, String value) {
                    super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null
                            ? rewrite(request, value) : value);
                }

                @Override
                public void addHeader(String name, String value) {
                    super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null
                            ? rewrite(request, value) : value);
                }
            });
        }

        /**
         * The same place on this installation: path, query and fragment kept, origin taken from the base URL (or left
         * relative when none is configured, which browsers resolve against the address they already use).
         */
        String rewrite(HttpServletRequest request, String location) {
            String pathAndMore;
            if (SCHEME.matcher(location).matches() || location.startsWith("//")) {
                URI uri = URI.create(location.startsWith("//") ? "http:" + location : location);
                pathAndMore = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            } else if (location.startsWith("/")) {
                pathAndMore = location;
            } else {
                pathAndMore = URI.create(request.getRequestURI()).resolve(location).toString();
            }
            pathAndMore = SESSION_ID.matcher(pathAndMore).replaceAll("");
            if (!baseUrl.configured()) {
                return pathAndMore;
            }
            URI base = URI.create(baseUrl.url());
            return base.getScheme() + "://" + base.getRawAuthority() + pathAndMore;
        }
    }

    static final class UnknownFeedPaths extends OncePerRequestFilter {

        /** The one shape of a feed URL (schedule's FeedController): /ical/{experiment id}/{token}.ics */
        private static final Pattern FEED = Pattern.compile("^/ical/\\d{1,18}/[A-Za-z0-9_-]{1,100}\\.ics$");

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!FEED.matcher(path).matches() || !"GET".equals(request.getMethod())
                    && !"HEAD".equals(request.getMethod())) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Not found");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
