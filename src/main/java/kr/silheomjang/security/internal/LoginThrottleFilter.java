package kr.silheomjang.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

import kr.silheomjang.security.LoginThrottle;

/**
 * Refuses a sign-in attempt before the password is checked when the account and address must wait. When a failed
 * attempt is the one that locks, the person is told at once that they must wait, not merely that the password was
 * wrong, so that their next try is not refused without warning. How long is kept in the HTTP session
 * ({@link LoginThrottle#LOCKED_UNTIL_ATTRIBUTE}); the URL only says {@code ?locked}, so nobody can put words into the
 * login page through a link.
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
            String address = request.getRemoteAddr();
            if (throttle.lockedFor(email, address).isPresent()) {
                redirectToLocked(request, response, email, address);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    if (location.contains("/login?error") && throttle.lockedFor(email, address).isPresent()) {
                        redirectToLocked(request, response, email, address);
                    } else {
                        super.sendRedirect(location);
                    }
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    private void redirectToLocked(HttpServletRequest request, HttpServletResponse response, String email,
            String address) throws IOException {
        request.getSession().setAttribute(LoginThrottle.LOCKED_UNTIL_ATTRIBUTE, throttle.lockedUntil(email, address));
        response.sendRedirect(request.getContextPath() + "/login?locked");
    }
}
