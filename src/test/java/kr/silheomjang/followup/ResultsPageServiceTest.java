package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.VerdictOutcome;

/** Point 4: the results page, opt-in at a token address; anonymous callers see only a valid token's page. */
@SpringBootTest
@ActiveProfiles("test")
class ResultsPageServiceTest {

    @Autowired
    ResultsPageService pages;
    @Autowired
    PublicResultsService publicResults;
    @Autowired
    ArchiveService archive;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ObservationService observations;
    @Autowired
    ParticipantService participants;
    @Autowired
    kr.silheomjang.people.PartnerService partners;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String account(String name) {
        String email = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    static String token(String link) {
        return link.substring(link.indexOf(PublicResultsService.PATH) + PublicResultsService.PATH.length());
    }

    static String notFound(Runnable r) {
        try {
            r.run();
        } catch (UserFacingException e) {
            return e.messageKeys().get(0);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPlannerMakesAndPublishesThePageAnonymousCallersSeeItByTokenWithoutPersonalData() {
        String owner = account("소유자");
        String planner = account("기획자");
        String guest = account("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("결과 페이지 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("김참여")));
        signedIn.run(owner, () -> partners.add(id, new kr.silheomjang.people.PartnerDraft("지원센터", "서담당", null,
                null, null)));
        long question = signedIn.as(owner, () -> experiments.get(id)).questions().get(0).id();
        signedIn.run(owner, () -> observations.saveVerdict(id, question, null, VerdictOutcome.EFFECT_SEEN,
                "김참여 님과 기획자 님, 서담당 님이 본 대로, 사람들이 멈춰 섰다"));

        // Nothing until someone opts in; guests may not.
        assertThat(signedIn.as(guest, () -> pages.settings(id)).enabled()).isFalse();
        assertThatThrownBy(() -> signedIn.run(guest, () -> pages.enable(id))).isInstanceOf(AccessDeniedException.class);
        String link = signedIn.as(planner, () -> pages.enable(id));
        String token = token(link);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        // The draft is reachable by the token only, and says it is a draft (noindex).
        PublicResults draft = publicResults.open(token);
        assertThat(draft.published()).isFalse();
        assertThat(draft.title()).isEqualTo("결과 페이지 실험장");
        assertThat(draft.participants()).isEqualTo(1);
        assertThat(draft.questions().get(0).outcome()).isEqualTo("EFFECT_SEEN");
        // Names are blanked: the participant's, the team's and the partner contact's.
        assertThat(draft.questions().get(0).evidence()).doesNotContain("김참여", "기획자", "서담당")
                .contains("○○○ 님과");
        assertThat(notFound(() -> publicResults.open(token.substring(1) + "x")))
                .isEqualTo("followup.results.error.notFound");
        assertThat(notFound(() -> publicResults.open(""))).isEqualTo("followup.results.error.notFound");

        // Only public items chosen for the page, and only while they stay so.
        long item = signedIn.as(planner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.BLOG, "현장 스케치",
                "https://blog.example.kr/1", ArchiveServiceTest.DAY, "", List.of(), null, null, false, true, true),
                null, null));
        signedIn.run(planner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.PRESS, "초안", "https://p.example.kr",
                ArchiveServiceTest.DAY, "", List.of(), null, null, false, false, false), null, null));
        long v = signedIn.as(planner, () -> pages.settings(id)).version();
        signedIn.run(planner, () -> pages.save(id, v, new ResultsPageDraft(" 오픈채팅방 ", "다음 모임 12월 20일",
                "https://democracy.example.kr/p/1")));
        assertThatThrownBy(() -> signedIn.run(owner, () -> pages.save(id, v, new ResultsPageDraft(null, null, null))))
                .isInstanceOf(kr.silheomjang.shared.ConflictException.class);
        PublicResults saved = publicResults.open(token);
        assertThat(saved.items()).extracting(PublicResults.Item::title).containsExactly("현장 스케치");
        assertThat(saved.channel()).isEqualTo("오픈채팅방");
        ArchiveItemView shown = signedIn.as(planner, () -> archive.get(id, item));
        signedIn.run(planner, () -> archive.save(id, item, shown.version(), shown.toDraft().withPublic(false)));
        assertThat(publicResults.open(token).items()).isEmpty();

        // Publishing; a new address retires the old one; turning it off retires every one.
        long v2 = signedIn.as(planner, () -> pages.settings(id)).version();
        assertThatThrownBy(() -> signedIn.run(planner, () -> pages.publish(id, v2, true)))
                .as("only the owner publishes").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(publicResults.open(token).published()).isFalse();
        assertThat(signedIn.as(planner, () -> pages.settings(id)).canPublish()).isFalse();
        signedIn.run(owner, () -> pages.publish(id, v2, true));
        assertThat(publicResults.open(token).published()).isTrue();
        assertThat(signedIn.as(guest, () -> pages.settings(id)).published()).isTrue();
        String token2 = token(signedIn.as(owner, () -> pages.newAddress(id, pages.settings(id).version())));
        assertThat(notFound(() -> publicResults.open(token))).isEqualTo("followup.results.error.notFound");
        assertThat(publicResults.open(token2).published()).isTrue();
        signedIn.run(owner, () -> pages.disable(id, pages.settings(id).version()));
        assertThat(notFound(() -> publicResults.open(token2))).isEqualTo("followup.results.error.notFound");
    }

    /**
     * After closing, what only shows less still works: a leaked address is replaced, a published page taken back to a
     * draft and switched off, a public item withdrawn (and so gone from the page). What shows more is refused.
     */
    @Test
    void onceClosedThePageCanStillBeTakenBackButNotChanged() {
        String owner = account("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("마감 뒤 결과 실험장")));
        String token = token(signedIn.as(owner, () -> pages.enable(id)));
        long item = signedIn.as(owner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.BLOG, "현장 스케치",
                "https://blog.example.kr/1", ArchiveServiceTest.DAY, "", List.of(), null, null, false, true, true),
                null, null));
        signedIn.run(owner, () -> pages.publish(id, pages.settings(id).version(), true));
        signedIn.run(owner, () -> experiments.close(id, experiments.get(id).version()));

        assertThat(notFound(() -> signedIn.run(owner, () -> pages.save(id, pages.settings(id).version(),
                new ResultsPageDraft("오픈채팅방", null, null))))).isEqualTo("error.experiment.closed");
        assertThat(publicResults.open(token).items()).extracting(PublicResults.Item::title)
                .containsExactly("현장 스케치");
        ArchiveItemView shown = signedIn.as(owner, () -> archive.get(id, item));
        assertThat(notFound(() -> signedIn.run(owner, () -> archive.save(id, item, shown.version(),
                shown.toDraft().withPublic(true))))).isEqualTo("error.experiment.closed");
        signedIn.run(owner, () -> archive.withdraw(id, item, shown.version()));
        assertThat(publicResults.open(token).items()).isEmpty();

        String token2 = token(signedIn.as(owner, () -> pages.newAddress(id, pages.settings(id).version())));
        assertThat(notFound(() -> publicResults.open(token))).isEqualTo("followup.results.error.notFound");
        signedIn.run(owner, () -> pages.publish(id, pages.settings(id).version(), false));
        assertThat(publicResults.open(token2).published()).isFalse();
        assertThat(notFound(() -> signedIn.run(owner, () -> pages.publish(id, pages.settings(id).version(), true))))
                .isEqualTo("error.experiment.closed");
        signedIn.run(owner, () -> pages.disable(id, pages.settings(id).version()));
        assertThat(notFound(() -> publicResults.open(token2))).isEqualTo("followup.results.error.notFound");
    }

    @Test
    void badLinksAreRefusedAndNothingIsSaved() {
        String owner = account("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("링크 실험장")));
        signedIn.run(owner, () -> pages.enable(id));
        long v = signedIn.as(owner, () -> pages.settings(id)).version();
        assertThat(notFound(() -> signedIn.run(owner, () -> pages.save(id, v,
                new ResultsPageDraft(null, null, "javascript:alert(1)"))))).isEqualTo("followup.results.error.platform");
        assertThat(signedIn.as(owner, () -> pages.settings(id)).platformUrl()).isNull();
        assertThat(notFound(() -> signedIn.run(owner, () -> pages.enable(id))))
                .isEqualTo("followup.results.error.exists");
    }
}
