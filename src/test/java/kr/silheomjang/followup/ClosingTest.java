package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantCsvService;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.survey.SurveyService;

/** Point 6: the owner closes the experiment; from then on it is read-only for everyone, and still exportable. */
@SpringBootTest
@ActiveProfiles("test")
class ClosingTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    RetrospectiveService retro;
    @Autowired
    ParticipantService participants;
    @Autowired
    ParticipantCsvService participantCsv;
    @Autowired
    SurveyService surveys;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String account(String name) {
        String email = "c" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    static void refusedAsClosed(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKeys()).containsExactly("error.experiment.closed"));
    }

    @Test
    void aClosedExperimentIsReadOnlyForEveryoneAndStillExportable() {
        String owner = account("소유자");
        String planner = account("기획자");
        String guest = account("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("마감할 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(planner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "잘 끝났다"));
        long participant = signedIn.as(owner, () -> participants.create(id, ParticipantDraft.named("김참여")));

        // Only the owner closes.
        long version = signedIn.as(owner, () -> experiments.get(id)).version();
        assertThatThrownBy(() -> signedIn.run(planner, () -> experiments.close(id, version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(planner, () -> experiments.closing(id))).isNull();
        signedIn.run(owner, () -> experiments.close(id, version));
        assertThat(signedIn.as(guest, () -> experiments.closing(id)).closedByName()).isEqualTo("소유자");

        // Every feature's writes are refused, the owner's included.
        refusedAsClosed(() -> signedIn.run(planner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "더")));
        refusedAsClosed(() -> signedIn.run(guest, () -> retro.addEntry(id, RetroParty.PARTNER, RetroKind.GOOD, "더")));
        refusedAsClosed(() -> signedIn.run(owner, () -> experiments.update(id, version + 1,
                Drafts.valid("새 제목"))));
        refusedAsClosed(() -> signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("새사람"))));
        refusedAsClosed(() -> signedIn.run(planner, () -> surveys.create(id, "새 설문")));

        // Reading and exports go on.
        assertThat(signedIn.as(guest, () -> retro.board(id)).items()).hasSize(1);
        assertThat(signedIn.as(owner, () -> experiments.get(id)).title()).isEqualTo("마감할 실험장");
        assertThat(new String(signedIn.as(owner, () -> participantCsv.exportCsv(id, null)),
                java.nio.charset.StandardCharsets.UTF_8)).contains("김참여");
        long surveyId = signedIn.as(owner, () -> surveys.list(id)).get(0).id();
        assertThat(signedIn.as(planner, () -> surveys.exportCsv(id, surveyId, java.util.Locale.KOREAN))).isNotEmpty();
        // A person's export and erasure are their right, closed or not; archiving stays possible.
        assertThat(signedIn.as(owner, () -> participants.exportPerson(id, participant, null))).isNotEmpty();
        signedIn.run(owner, () -> participants.erasePerson(id, participant));
        long closedVersion = signedIn.as(owner, () -> experiments.get(id)).version();
        signedIn.run(owner, () -> experiments.setArchived(id, closedVersion, true));
        assertThat(signedIn.as(owner, () -> experiments.get(id)).archivedAt()).isNotNull();
    }
}
