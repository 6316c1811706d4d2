package kr.silheomjang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.SignedIn;

@SpringBootTest
@ActiveProfiles("test")
class AdministratorServiceTest {

    /** The demo owner is the first account of the test database, and so its first administrator. */
    static final String FIRST = "owner@demo.kr";

    @Autowired
    AdministratorService administrators;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    String account(String name) {
        String email = "adm" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    @Test
    void theFirstAccountIsAnAdministratorAndLaterOnesAreNot() {
        assertThat(signedIn.as(FIRST, administrators::isAdministrator)).isTrue();
        assertThat(signedIn.as(account("새 사람"), administrators::isAdministrator)).isFalse();
        assertThat(signedIn.as("planner@demo.kr", administrators::isAdministrator)).isFalse();
    }

    @Test
    void administratorsAppointAndRevokeOthersWhoGetTheRightAtOnce() {
        String colleague = account("새 관리자");
        assertThatThrownBy(() -> signedIn.run(colleague, administrators::accounts))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.run(FIRST, () -> administrators.setAdministrator(idOf(colleague), true));
        assertThat(signedIn.as(colleague, administrators::isAdministrator)).isTrue();
        assertThat(signedIn.as(colleague, administrators::accounts)).filteredOn(a -> a.email().equals(colleague))
                .singleElement().satisfies(a -> assertThat(a.administrator()).isTrue());

        // An administrator may step down while another remains; from then on they are refused like anyone.
        signedIn.run(colleague, () -> administrators.setAdministrator(idOf(colleague), false));
        assertThat(signedIn.as(colleague, administrators::isAdministrator)).isFalse();
        assertThatThrownBy(() -> signedIn.run(colleague, () -> administrators.setAdministrator(idOf(colleague), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nonAdministratorsCannotAppointThemselvesOrAnyone() {
        String someone = account("보통 사람");
        assertThatThrownBy(() -> signedIn.run(someone, () -> administrators.setAdministrator(idOf(someone), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administrators.setAdministrator(idOf(someone), true))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(signedIn.as(someone, administrators::isAdministrator)).isFalse();
    }

    @Test
    void theLastAdministratorCannotBeRevoked() {
        // Everyone but the demo owner is revoked by the other tests; revoking the demo owner would leave none.
        signedIn.as(FIRST, administrators::accounts).stream()
                .filter(a -> a.administrator() && !a.email().equals(FIRST))
                .forEach(a -> signedIn.run(FIRST, () -> administrators.setAdministrator(a.id(), false)));
        assertThatThrownBy(() -> signedIn.run(FIRST, () -> administrators.setAdministrator(idOf(FIRST), false)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("admin.error.lastAdministrator"));
        assertThat(signedIn.as(FIRST, administrators::isAdministrator)).isTrue();
    }

    @Test
    void twoAdministratorsRevokingEachOtherAtOnceLeaveOne() throws Exception {
        signedIn.as(FIRST, administrators::accounts).stream()
                .filter(a -> a.administrator() && !a.email().equals(FIRST))
                .forEach(a -> signedIn.run(FIRST, () -> administrators.setAdministrator(a.id(), false)));
        String colleague = account("맞관리자");
        long first = idOf(FIRST);
        long other = idOf(colleague);
        try {
            // Without the lock both would count two administrators; repeated, so that the two calls overlap.
            for (int round = 0; round < 8; round++) {
                signedIn.run(FIRST, () -> administrators.setAdministrator(other, true));
                CyclicBarrier start = new CyclicBarrier(2);
                List<Throwable> refused = new CopyOnWriteArrayList<>();
                Thread a = Thread.ofPlatform().start(() -> revoke(start, FIRST, other, refused));
                Thread b = Thread.ofPlatform().start(() -> revoke(start, colleague, first, refused));
                a.join();
                b.join();
                assertThat(administratorCount()).as("administrators after round %d", round).isEqualTo(1);
                // Refused as the last administrator, or as no longer one when the other call came first.
                assertThat(refused).as("one of the two is refused").singleElement()
                        .isInstanceOfAny(UserFacingException.class, AccessDeniedException.class);
                if (!signedIn.as(FIRST, administrators::isAdministrator)) {
                    signedIn.run(colleague, () -> administrators.setAdministrator(first, true));
                }
            }
        } finally {
            // Even when the race left none: the other tests need the demo owner as an administrator.
            jdbc.update("update app_user set administrator = 1 where id = ?", first);
            jdbc.update("update app_user set administrator = 0 where id = ?", other);
        }
    }

    int administratorCount() {
        return jdbc.queryForObject("select count(*) from app_user where administrator = 1", Integer.class);
    }

    private void revoke(CyclicBarrier start, String who, long userId, List<Throwable> refused) {
        try {
            start.await(10, TimeUnit.SECONDS);
            signedIn.run(who, () -> administrators.setAdministrator(userId, false));
        } catch (Throwable t) {
            refused.add(t);
        }
    }
}
