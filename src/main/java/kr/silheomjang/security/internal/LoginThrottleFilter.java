package kr.silheomjang.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

import kr.silheomjang.security.LoginThrottle;

/**
 * Refuses a login attempt before the password is checked when the account or the address is locked. When a failed
 * attempt is the one that locks, the user is told at once that they are locked, not merely that the password was wrong,
 * so that their next try, even with the right password, is not refused without warning.
 */
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
                redirectToLocked(request, response, locked.get());
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    Optional<Duration> lockedNow = location.contains("/login?error")
                            ? throttle.lockedFor(email, request.getRemoteAddr()) : Optional.empty();
                    if (lockedNow.isPresent()) {
                        redirectToLocked(request, response, lockedNow.get());
                    } else {
                        super.sendRedirect(location);
                    }
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    private static void redirectToLocked(HttpServletRequest request, HttpServletResponse response, Duration locked)
            throws IOException {
        long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
        response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
    }
}
