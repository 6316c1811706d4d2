package kr.silheomjang.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.security.internal.UserAccount;
import kr.silheomjang.security.internal.UserAccountRepository;
import kr.silheomjang.shared.UserFacingException;

/**
 * Organisation administrators: they edit what every experiment of the installation shares (the planning templates)
 * and appoint or revoke other administrators. Roles inside an experiment stay per experiment; this is the one global
 * right. Read from the database on every check, so a revocation takes effect at once.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AdministratorService {

    private static final Logger log = LoggerFactory.getLogger(AdministratorService.class);

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AccountService accountService;

    AdministratorService(UserAccountRepository accounts, CurrentUser currentUser, AccountService accountService) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.accountService = accountService;
    }

    /** Whether the caller is an organisation administrator. */
    @Transactional(readOnly = true)
    public boolean isAdministrator() {
        return accounts.findById(currentUser.require().id()).map(UserAccount::isAdministrator).orElse(false);
    }

    /** Refuses callers who are not administrators (for other features' shared-data edits). */
    @Transactional(readOnly = true)
    public void requireAdministrator() {
        if (!isAdministrator()) {
            throw new AccessDeniedException("Only organisation administrators may do this");
        }
    }

    /** Every account, by name, for appointing administrators. Administrators only. */
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        requireAdministrator();
        return accounts.findByErasedAtIsNullOrderByDisplayNameAscIdAsc().stream()
                .map(a -> new AccountSummary(a.getId(), a.getDisplayName(), a.getEmail(), a.isAdministrator()))
                .toList();
    }

    /**
     * Deletes another person's account at their request (made outside the app): as {@link
     * AccountService#deleteOwnAccount}, without their password. One's own account is deleted on 내 계정, with one's
     * password. Administrators only.
     */
    public void deleteAccount(long userId) {
        requireAdministrator();
        if (userId == currentUser.require().id()) {
            throw new UserFacingException("admin.error.deleteSelf");
        }
        // As in setAdministrator: two administrators deleting each other at once take turns, and the one who waited
        // may no longer be an administrator (or an account) by then.
        accounts.lockAdministrators();
        if (accounts.countAdministratorNow(currentUser.require().id()) == 0) {
            throw new AccessDeniedException("Only organisation administrators may do this");
        }
        UserAccount account = accounts.findById(userId).filter(a -> !a.isErased())
                .orElseThrow(() -> new UserFacingException("admin.error.notFound"));
        accountService.erase(account, null);
        // Ids only: logs carry no personal data.
        log.info("Account #{} deleted by administrator account #{}", userId, currentUser.require().id());
    }

    /** Appoints or revokes an administrator. The installation always keeps at least one. Administrators only. */
    public void setAdministrator(long userId, boolean administrator) {
        requireAdministrator();
        // Two administrators revoking each other at once would each count two: the lock makes them take turns
        // (as changeRole does for owners, note 0063), and the one who waited may have been revoked meanwhile.
        accounts.lockAdministrators();
        if (accounts.countAdministratorNow(currentUser.require().id()) == 0) {
            throw new AccessDeniedException("Only organisation administrators may do this");
        }
        // A deleted account is no person to appoint (and would count as an administrator nobody can be).
        UserAccount account = accounts.findById(userId).filter(a -> !a.isErased())
                .orElseThrow(() -> new UserFacingException("admin.error.notFound"));
        if (account.isAdministrator() == administrator) {
            return;
        }
        if (!administrator && accounts.countByAdministrator(1) <= 1) {
            throw new UserFacingException("admin.error.lastAdministrator");
        }
        account.setAdministrator(administrator);
        // Ids only: logs carry no personal data.
        log.info("Account #{} {} administrator by account #{}", userId, administrator ? "appointed" : "revoked as",
                currentUser.require().id());
    }
}
