package kr.silheomjang.ui.internal;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Vaadin answers every page address with its HTML shell and 200, and only then finds out in the browser that no route
 * matches (it shows {@code ui.PageNotFound}). A page address that no route matches is answered 404 here instead, with
 * the same shell, so browsers, crawlers and scanners learn that it does not exist. Only page loads are touched: GET of
 * an HTML page, not Vaadin's own requests, static files or the feed.
 */
@Configuration
class UnknownPageStatus {

    @Bean
    FilterRegistrationBean<NotFoundForUnknownRoutes> notFoundForUnknownRoutes() {
        FilterRegistrationBean<NotFoundForUnknownRoutes> registration = new FilterRegistrationBean<>(
                new NotFoundForUnknownRoutes());
        // After Spring Security (order -100): people who are not signed in are still sent to sign in first.
        registration.setOrder(0);
        return registration;
    }

    static final class NotFoundForUnknownRoutes extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = path(request);
            String accept = request.getHeader("Accept");
            return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                    || accept != null && !accept.contains("text/html") && !accept.contains("*/*")
                    || path.startsWith("VAADIN/") || path.startsWith("ical/") || path.startsWith("actuator/")
                    || path.substring(path.lastIndexOf('/') + 1).contains(".");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ApplicationRouteRegistry routes = ApplicationRouteRegistry
                    .getInstance(new VaadinServletContext(request.getServletContext()));
            if (routes.getNavigationRouteTarget(path(request)).hasTarget()) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int sc) {
                    // Vaadin's shell would reset it to 200.
                    super.setStatus(sc == SC_OK ? SC_NOT_FOUND : sc);
                }
            });
        }

        private static String path(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/") ? path.substring(1) : path;
        }
    }
}
