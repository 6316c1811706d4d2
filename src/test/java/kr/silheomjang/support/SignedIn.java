package kr.silheomjang.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs service calls as a given account, the way a logged-in request would. */
@Component
public class SignedIn {

    private final UserDetailsService users;

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public Authentication authentication(String email) {
        UserDetails principal = users.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    public <T> T as(String email, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(email));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
