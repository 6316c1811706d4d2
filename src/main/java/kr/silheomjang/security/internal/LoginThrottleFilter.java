package kr.silheomjang.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import kr.silheomjang.security.LoginThrottle;

/** Refuses a login attempt before the password is checked when the account or the address is locked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String email = Optional.ofNullable(request.getParameter("username")).orElse("");
            Optional<Duration> locked = throttle.lockedFor(email, request.getRemoteAddr());
            if (locked.isPresent()) {
                long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
                response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
