package kr.silheomjang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.CalendarFeedService;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Deleting an account: by its holder with their password, or by an administrator; what goes, what stays. */
@SpringBootTest
@ActiveProfiles("test")
class AccountDeletionTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AdministratorService administrators;
    @Autowired
    ExperimentService experiments;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    JdbcTemplate jdbc;

    String account(String name) {
        String email = "del" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aPlannerDeletesTheirOwnAccountWithTheirPassword() {
        String owner = account("소유자");
        String planner = account("지울 기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("계정 삭제 실험")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long plannerId = idOf(planner);
        signedIn.as(planner, () -> feeds.issueFeedToken(id));
        jdbc.update("insert into notification (user_id, experiment_id, kind, target_id, dedupe_key, experiment_title,"
                + " subject, actor_name, item_count, created_at, updated_at, digest_wanted, version)"
                + " values (?, ?, 'CARD_ASSIGNED', 1, 'x', 't', 's', 'a', 1, ?, ?, false, 0)", plannerId, id,
                Instant.now(), Instant.now());
        jdbc.update("insert into notification_settings (user_id, digest_hour, version) values (?, 8, 0)", plannerId);

        // A wrong password deletes nothing.
        assertThatThrownBy(() -> signedIn.run(planner, () -> accounts.deleteOwnAccount("wrong-password", null)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.password.currentWrong");
        assertThat(accounts.findByEmail(planner)).isPresent();

        signedIn.run(planner, () -> accounts.deleteOwnAccount(Teams.PASSWORD, null));

        // No way in: the address is gone, the row is anonymised, the old address can sign up anew.
        assertThat(accounts.findByEmail(planner)).isEmpty();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(planner)).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> userDetails.loadUserByUsername("erased-" + plannerId + "@invalid"))
                .isInstanceOf(UsernameNotFoundException.class);
        var row = jdbc.queryForMap("select email, display_name, administrator, erased_at from app_user where id = ?",
                plannerId);
        assertThat(row.get("EMAIL")).isEqualTo("erased-" + plannerId + "@invalid");
        assertThat(row.get("DISPLAY_NAME")).isEqualTo(PersonalDataHolder.ERASED);
        assertThat(row.get("ERASED_AT")).isNotNull();
        // Out of the experiment, with the feed recording it under no name; the feed link and the inbox are gone.
        assertThat(count("select count(*) from experiment_member where user_id = ?", plannerId)).isZero();
        assertThat(signedIn.as(owner, () -> experiments.get(id)).members())
                .noneMatch(m -> m.userId() == plannerId);
        assertThat(count("select count(*) from activity_entry where experiment_id = ? and action = 'ACCOUNT_DELETED'"
                + " and actor_name = ?", id, PersonalDataHolder.ERASED)).isEqualTo(1);
        assertThat(count("select count(*) from activity_entry where experiment_id = ? and actor_name = '지울 기획자'"
                + " and action = 'ACCOUNT_DELETED'", id)).isZero();
        assertThat(count("select count(*) from schedule_feed_token where user_id = ? and revoked_at is null",
                plannerId)).isZero();
        assertThat(count("select count(*) from notification where user_id = ?", plannerId)).isZero();
        assertThat(count("select count(*) from notification_settings where user_id = ?", plannerId)).isZero();

        // The address goes from the experiment's records too: the invitation and the feed's invitation entry.
        assertThat(count("select count(*) from invitation where lower(email) = ?", planner)).isZero();
        assertThat(count("select count(*) from activity_entry where experiment_id = ? and detail like ?", id,
                "%" + planner + "%")).isZero();
        assertThat(count("select count(*) from activity_entry where experiment_id = ? and action = 'MEMBER_INVITED'"
                + " and detail like ?", id, PersonalDataHolder.ERASED + "%")).isEqualTo(1);

        accounts.createAccount(planner, "다시 온 사람", Teams.PASSWORD);
        assertThat(idOf(planner)).isNotEqualTo(plannerId);
    }

    @Test
    void theOnlyOwnerWaitsUntilAnotherMemberOwnsTheExperiment() {
        String owner = account("유일한 소유자");
        String planner = account("다음 소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("소유자 한 명")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        assertThat(signedIn.as(owner, accounts::deletionHolds)).containsExactly("소유자 한 명");

        assertThatThrownBy(() -> signedIn.run(owner, () -> accounts.deleteOwnAccount(Teams.PASSWORD, null)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("account.delete.error.soleOwner");
        // Nothing was deleted: still a member, still able to sign in.
        assertThat(accounts.findByEmail(owner)).isPresent();
        assertThat(count("select count(*) from experiment_member where user_id = ?", idOf(owner))).isEqualTo(1);
        assertThat(userDetails.loadUserByUsername(owner).getUsername()).isNotNull();

        long plannerMember = signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.userId() == idOf(planner)).findFirst().orElseThrow().memberId();
        teams.changeRole(owner, id, plannerMember, MemberRole.OWNER);
        assertThat(signedIn.as(owner, accounts::deletionHolds)).isEmpty();

        signedIn.run(owner, () -> accounts.deleteOwnAccount(Teams.PASSWORD, null));
        assertThat(accounts.findByEmail(owner)).isEmpty();
        assertThat(signedIn.as(planner, () -> experiments.get(id)).members()).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(MemberRole.OWNER));
    }

    @Test
    void anAdministratorDeletesAnotherAccountOnRequestButNotTheirOwn() {
        String someone = account("요청한 사람");
        long someoneId = idOf(someone);
        String plain = account("보통 사람");

        assertThatThrownBy(() -> signedIn.run(plain, () -> administrators.deleteAccount(someoneId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByEmail(someone)).isPresent();
        assertThatThrownBy(() -> signedIn.run(AdministratorServiceTest.FIRST,
                () -> administrators.deleteAccount(idOf(AdministratorServiceTest.FIRST))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("admin.error.deleteSelf");

        signedIn.run(AdministratorServiceTest.FIRST, () -> administrators.deleteAccount(someoneId));
        assertThat(accounts.findByEmail(someone)).isEmpty();
        assertThat(signedIn.as(AdministratorServiceTest.FIRST, administrators::accounts))
                .noneMatch(a -> a.id() == someoneId);
        // A deleted account is nobody to appoint either (it would count as an administrator nobody can be).
        assertThatThrownBy(() -> signedIn.run(AdministratorServiceTest.FIRST,
                () -> administrators.setAdministrator(someoneId, true)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("admin.error.notFound");
        // Deleted once: a second request finds nothing to delete.
        assertThatThrownBy(() -> signedIn.run(AdministratorServiceTest.FIRST,
                () -> administrators.deleteAccount(someoneId)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("admin.error.notFound");
    }

    /** A person cannot take the deleted accounts' name (nor a marker or an anonymised name): they would read as one. */
    @Test
    void aNewAccountCannotBeNamedLikeADeletedOne() {
        for (String name : new String[] {PersonalDataHolder.ERASED, "i18n:error.experiment.removed", "익명-12"}) {
            assertThatThrownBy(() -> accounts.createAccount("reserved-" + System.nanoTime() + "@example.kr", name,
                    Teams.PASSWORD)).as(name).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("error.displayName.reserved");
        }
        assertThat(accounts.createAccount("plain-" + System.nanoTime() + "@example.kr", "익명 기획자", Teams.PASSWORD)
                .displayName()).isEqualTo("익명 기획자");
    }
}
