package kr.silheomjang.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a service call as a given account where no one is signed in: a calendar app fetching a secret feed URL, or the
 * demo seeding (schedule, follow-up). The service then checks that account's membership like for any signed-in
 * request, so a feed never shows more than its owner may see today (removed from the experiment = nothing).
 */
@Component
public class RunAs {

    private final AccountService accounts;
    private final UserDetailsService users;

    RunAs(AccountService accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    public <T> T user(long userId, Supplier<T> action) {
        AppUser user = accounts.findByIds(java.util.List.of(userId)).get(userId);
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("No such user");
        }
        UserDetails principal = users.loadUserByUsername(user.email());
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
