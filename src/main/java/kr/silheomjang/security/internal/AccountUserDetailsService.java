package kr.silheomjang.security.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmailIgnoreCase(email.strip())
                .filter(a -> !a.isErased())
                .map(a -> new AppUserPrincipal(a.toAppUser(), a.getPasswordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
