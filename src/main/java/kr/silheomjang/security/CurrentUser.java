package kr.silheomjang.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kr.silheomjang.security.internal.AppUserPrincipal;

/** Who is calling. Works in request threads and, through Vaadin's session-aware holder, inside {@code ui.access}. */
@Component
public class CurrentUser {

    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public AppUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
