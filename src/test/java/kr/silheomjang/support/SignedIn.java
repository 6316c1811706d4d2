package kr.silheomjang.support;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs service calls as a given account, the way a logged-in request would. */
@Component
public class SignedIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy holder;

    /**
     * Uses this application context's own holder strategy: Vaadin installs a new one globally for every Spring context,
     * so after a test class with another context started, the static {@code SecurityContextHolder} no longer is the one
     * this context's method security reads.
     */
    SignedIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.users = users;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Authentication authentication(String email) {
        UserDetails principal = users.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    public <T> T as(String email, Supplier<T> action) {
        return as(authentication(email), action);
    }

    /** As an already signed-in user, whose principal is not read again (as in a running session). */
    public <T> T as(Authentication signedIn, Supplier<T> action) {
        var previous = holder.getContext();
        var previousStatic = SecurityContextHolder.getContext();
        var context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            holder.setContext(previous);
            SecurityContextHolder.setContext(previousStatic);
        }
    }

    public void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
