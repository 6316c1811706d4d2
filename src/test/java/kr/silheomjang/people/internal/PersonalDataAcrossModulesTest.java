package kr.silheomjang.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.StageGuideLive;
import kr.silheomjang.mail.MailLive;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.runsheet.CueDraft;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.runsheet.RunsheetLive;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleLive;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.TopicLive;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PersonalDataLogView;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.TestClockConfig;
import kr.silheomjang.support.Zips;

/**
 * The personal-data map across modules: a person's export finds them in invitations, the activity feed, card
 * comments, survey free text and observations; erasure removes those mentions; the retention purge (by default a
 * year after the follow-up) empties every field on the map and logs counts only. Both announce what they changed with
 * each module's own live kinds, and only what they changed.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@RecordApplicationEvents
class PersonalDataAcrossModulesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired MutableClock clock;
    @Autowired RetentionEnforcer job;
    @Autowired SignedIn signedIn;
    @Autowired AccountService accounts;
    @Autowired ExperimentService experiments;
    @Autowired InvitationService invitations;
    @Autowired ParticipantService participants;
    @Autowired PlanningService planning;
    @Autowired kr.silheomjang.planning.CommentService commentService;
    @Autowired ObservationService observations;
    @Autowired kr.silheomjang.followup.ReportService reports;
    @Autowired SurveyService surveys;
    @Autowired PublicSurveyService publicSurveys;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.vaadin.flow.i18n.I18NProvider i18n;
    @Autowired ScheduleService schedule;
    @Autowired CueSheetService cues;
    @Autowired TopicService topics;
    @Autowired kr.silheomjang.people.PartnerService partners;
    /** What was announced on this thread during the test (the relay hands each to the bus after its commit). */
    @Autowired ApplicationEvents published;

    List<LiveUpdate> announced(long channel) {
        return published.stream(LiveUpdate.class).filter(u -> u.experimentId() == channel).toList();
    }

    void moveTo(LocalDate day) {
        ZonedDateTime target = day.atTime(LocalTime.NOON).atZone(Application.ZONE);
        clock.advance(Duration.between(clock.instant(), target.toInstant()));
    }

    /** An experiment where 홍길동 appears in every module; returns its id and 홍길동's participant id. */
    long[] experimentMentioning(String owner, String title) {
        var draft = Drafts.valid(title);
        draft.setProposerName("홍길동");
        long id = signedIn.as(owner, () -> experiments.create(draft));
        long pid = signedIn.as(owner, () -> {
            long p = participants.create(id, ParticipantDraft.named("홍길동").withContacts("010-1234-5678",
                    "hong@x.kr"));
            invitations.invite(id, "hong@x.kr", MemberRole.PARTNER_GUEST);
            long cardId = planning.board(id).columns().get(0).cards().get(0).id();
            commentService.comment(id, cardId, "홍길동 님 휠체어 동선 확인");
            commentService.comment(id, cardId, "다른 이야기");
            observations.add(id, null, "홍길동 님이 계단에서 멈춤", PNG, "image/png");
            observations.add(id, null, "전체적으로 조용함", null, null);
            return p;
        });
        SurveyDetails survey = signedIn.as(owner, () -> {
            long sid = surveys.list(id).stream().filter(s -> s.audience() == SurveyAudience.PARTICIPANT)
                    .findFirst().orElseThrow().id();
            return surveys.get(id, sid);
        });
        publicSurveys.submit(survey.token(), Map.of(survey.questions().get(0).id(),
                List.of("010-1234-5678로 연락 주세요"), survey.questions().get(1).id(), List.of("네")),
                "9.9.9.9", "s-" + System.nanoTime());
        return new long[] {id, pid};
    }

    /** An owner of their own experiment that mentions 홍길동 everywhere, on 10 January 2027. */
    record Mentioning(String owner, long id, long pid) {
    }

    Mentioning mentioning(String title) {
        String owner = "pd" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", "password-123");
        moveTo(LocalDate.of(2027, 1, 10));
        long[] ids = experimentMentioning(owner, title);
        return new Mentioning(owner, ids[0], ids[1]);
    }

    @Test
    void aPersonsExportFindsThemEverywhereAndErasureRemovesTheMentions() {
        Mentioning m = mentioning("개인정보 지도");
        String owner = m.owner();
        long id = m.id();
        long pid = m.pid();

        Map<String, String> zip = Zips.unzip(signedIn.as(owner, () -> participants.exportPerson(id,
                pid, null)));
        assertThat(zip).containsKeys("people-participant.csv", "experiment-proposer-name.csv",
                "experiment-invitations.csv", "experiment-activity.csv", "planning-card-comments.csv",
                "survey-survey-answers.csv", "survey-observations.csv", "README.txt");
        assertThat(zip.get("planning-card-comments.csv")).contains("휠체어 동선").doesNotContain("다른 이야기");
        assertThat(zip.get("survey-observations.csv")).contains("계단에서 멈춤,예")
                .doesNotContain("image/png")
                .doesNotContain("조용함");
        assertThat(zip.get("survey-survey-answers.csv")).contains("010-1234-5678로 연락");
        assertThat(zip.get("people-participant.csv")).as("the list's change check is for re-import only")
                .doesNotContain("변경 확인");
        assertThat(zip.get("planning-card-comments.csv")).as("Korean without a locale").startsWith("\uFEFF카드,작성자");
        assertThat(zip.get("README.txt")).startsWith("이 파일에는");

        // Downloaded from the English UI: the same tables, headed in English.
        Map<String, String> english = Zips.unzip(signedIn.as(owner, () -> participants.exportPerson(id, pid,
                java.util.Locale.ENGLISH)));
        assertThat(english.get("planning-card-comments.csv")).startsWith("\uFEFFCard,Author,Time,Comment")
                .contains("휠체어 동선");
        assertThat(english.get("survey-observations.csv")).startsWith("\uFEFFRecorded by,Time,Observation note,Photo");
        assertThat(english.get("README.txt")).startsWith("This file holds");
        assertThat(String.join("", english.values()).replace("people-participant", ""))
                .as("no header left untranslated").doesNotContain("!personal.");

        signedIn.run(owner, () -> participants.erasePerson(id, pid));
        String everything = String.join("\n", jdbc.queryForList("select c.body from card_comment c join card k"
                + " on k.id = c.card_id where k.experiment_id = ?", String.class, id))
                + jdbc.queryForList("select note from observation where experiment_id = ?", String.class, id)
                + jdbc.queryForList("select a.answer_text from survey_answer a join survey_response r"
                        + " on r.id = a.response_id join survey s on s.id = r.survey_id where s.experiment_id = ?",
                        String.class, id)
                + jdbc.queryForList("select email from invitation where experiment_id = ?", String.class, id)
                + jdbc.queryForList("select detail from activity_entry where experiment_id = ?", String.class, id)
                + jdbc.queryForObject("select proposer_name from experiment where id = ?", String.class, id);
        assertThat(everything).doesNotContain("홍길동").doesNotContain("010-1234-5678").doesNotContain("hong@x.kr")
                .contains("다른 이야기").contains("조용함");
        assertThat(jdbc.queryForObject("select count(*) from observation_photo p join observation o"
                + " on o.id = p.observation_id where o.experiment_id = ?", Integer.class, id)).isZero();
    }

    /**
     * Erasure moves the version of an edited text it changes: a co-planner's report form still holding the words as
     * they were is told on saving, instead of writing the erased name back.
     */
    @Test
    void anEditorStillHoldingAnErasedTextIsToldInsteadOfWritingItBack() {
        Mentioning m = mentioning("지운 글 되살리기");
        signedIn.run(m.owner(), () -> reports.save(m.id(), null, "홍길동 님의 제안에서 시작했습니다", "첫 하이라이트"));
        Long seen = signedIn.as(m.owner(), () -> reports.text(m.id()).version());
        signedIn.as(m.owner(), () -> participants.exportPerson(m.id(), m.pid(), null));
        signedIn.run(m.owner(), () -> participants.erasePerson(m.id(), m.pid()));
        assertThat(signedIn.as(m.owner(), () -> reports.text(m.id()).summary())).doesNotContain("홍길동");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signedIn.run(m.owner(), () -> reports.save(m.id(),
                seen, "홍길동 님의 제안에서 시작했습니다", "바꾼 하이라이트")))
                .isInstanceOf(kr.silheomjang.shared.ConflictException.class);
        assertThat(signedIn.as(m.owner(), () -> reports.text(m.id()).summary())).doesNotContain("홍길동");
    }

    /**
     * Times are stored as UTC wall-clock time and handed over as Seoul time in the downloader's language, codes in
     * words, and an empty column empty (never "null"), whatever the JVM's zone and database driver.
     */
    @Test
    void aPersonsExportShowsSeoulTimesWordsAndEmptyCells() {
        Mentioning m = mentioning("내보내기 형식");
        String owner = m.owner();
        long id = m.id();
        LocalDateTime utc = LocalDateTime.of(2027, 1, 10, 1, 15, 22, 123_456_000);
        jdbc.update("update invitation set created_at = ? where experiment_id = ?", utc, id);
        // A mail still waiting: no recipient name, not sent yet.
        jdbc.update("insert into mail_message (idempotency_key, batch_key, experiment_id, recipient, recipient_name,"
                + " subject, body_text, status, attempts, queued_at, next_attempt_at, version)"
                + " values (?, 'test', ?, 'hong@x.kr', null, '안내', '본문', 'QUEUED', 0, ?, ?, 0)",
                "export-format-" + System.nanoTime(), id, utc, utc);
        jdbc.update("insert into retro_entry (experiment_id, party, kind, body, author_user_id, author_name,"
                + " created_at) values (?, 'STAFF', 'GOOD', '홍길동 님이 끝까지 함께함', 0, '김기획', ?)", id, utc);

        Map<String, String> zip = Zips.unzip(signedIn.as(owner, () -> participants.exportPerson(id, m.pid(), null)));
        assertThat(zip.get("experiment-invitations.csv")).contains("hong@x.kr,협력기관 게스트,2027년 1월 10일 오전 10:15")
                .doesNotContain("PARTNER_GUEST").doesNotContain("01:15");
        assertThat(zip.get("mail-mails.csv")).contains("hong@x.kr,,안내,발송 대기,2027년 1월 10일 오전 10:15,,본문")
                .doesNotContain("null").doesNotContain("QUEUED");
        assertThat(zip.get("planning-card-comments.csv")).contains(",김기획,2027년 1월 10일 오후 12:00,");
        assertThat(zip.get("followup-followup-texts.csv")).contains("피드백·회고,홍길동 님이 끝까지 함께함")
                .doesNotContain("retro_entry");
        // The feed's entry in words: what happened, the address without the role code, the role in its own column.
        assertThat(zip.get("experiment-activity.csv")).startsWith("\uFEFF활동,내용,역할,시각")
                .contains("초대,hong@x.kr,협력기관 게스트,").doesNotContain("MEMBER_INVITED").doesNotContain("|");
        assertThat(String.join("", zip.values())).as("no time as JDBC prints it").doesNotContainPattern(
                "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}");

        Map<String, String> english = Zips.unzip(signedIn.as(owner, () -> participants.exportPerson(id, m.pid(),
                java.util.Locale.ENGLISH)));
        assertThat(english.get("experiment-invitations.csv"))
                .contains("hong@x.kr,Partner guest,\"Jan 10, 2027 10:15 AM\"");
        assertThat(english.get("mail-mails.csv")).contains("hong@x.kr,,안내,Queued,\"Jan 10, 2027 10:15 AM\",,본문");
        assertThat(english.get("followup-followup-texts.csv")).contains("Retrospective note,홍길동 님이");
        assertThat(english.get("experiment-activity.csv")).contains("Invited,hong@x.kr,Partner guest,");
        // Every kind of entry has its words in both languages (an entry without them would show its code).
        for (kr.silheomjang.experiment.ActivityAction a : kr.silheomjang.experiment.ActivityAction.values()) {
            for (java.util.Locale l : List.of(java.util.Locale.KOREAN, java.util.Locale.ENGLISH)) {
                assertThat(i18n.getTranslation("personal.activity." + a.name(), l)).as(a + " in " + l)
                        .doesNotStartWith("!").doesNotContain("personal.activity").isNotEqualTo(a.name());
            }
        }
    }

    /**
     * An erasure announces, in every module, what it changed there with that module's own kinds (and the ids it
     * changed), so that open pages show the erased text at once; a versioned row's version moves with its text. An
     * erasure that changes nothing in a module announces nothing there.
     */
    @Test
    void anErasureAnnouncesWhatItChangedInEachModuleAndNothingElse() {
        Mentioning m = mentioning("지운 것도 바로 보인다");
        String owner = m.owner();
        long id = m.id();
        // 홍길동 in the calendar, the cue sheet, the mail log, a "해당 없음" reason and a proposal made into this
        // experiment too.
        long eventId = signedIn.as(owner, () -> schedule.create(id, EventDraft.allDay("홍길동 님 픽업",
                EventType.DEADLINE, LocalDate.of(2027, 3, 2))));
        long cueId = signedIn.as(owner, () -> cues.add(id, new CueDraft("홍길동 님 소개", 10, null, null, null, null)));
        long candidateId = signedIn.as(owner, () -> topics.create(new CandidateDraft("빨대 없는 카페 " + System.nanoTime(),
                "본문", "민주주의 서울", null, null, true, "홍길동", "hong@x.kr", null, null, List.of())));
        jdbc.update("update topic_candidate set experiment_id = ? where id = ?", id, candidateId);
        String mailKey = "erase-live-" + System.nanoTime();
        LocalDateTime now = LocalDateTime.of(2027, 1, 10, 3, 0);
        jdbc.update("insert into mail_message (idempotency_key, batch_key, experiment_id, recipient, recipient_name,"
                + " subject, body_text, status, attempts, queued_at, next_attempt_at, version)"
                + " values (?, 'test', ?, 'hong@x.kr', '홍길동', '안내', '홍길동 님 안녕하세요', 'SENT', 1, ?, ?, 0)",
                mailKey, id, now, now);
        long mailId = jdbc.queryForObject("select id from mail_message where idempotency_key = ?", Long.class,
                mailKey);
        jdbc.update("insert into stage_check_waiver (experiment_id, check_key, reason, waived_by_name, waived_at,"
                + " version) values (?, 'guide.check.test', '홍길동 님 사정으로', '김기획', ?, 0)", id, now);
        long commentedCard = jdbc.queryForObject("select c.card_id from card_comment c join card k on k.id = c.card_id"
                + " where k.experiment_id = ? and c.body like '%휠체어%'", Long.class, id);
        long mentioningNote = jdbc.queryForObject("select id from observation where experiment_id = ?"
                + " and note like '%계단%'", Long.class, id);
        long answeredSurvey = jdbc.queryForObject("select distinct r.survey_id from survey_response r join survey s"
                + " on s.id = r.survey_id where s.experiment_id = ?", Long.class, id);
        long eventVersion = signedIn.as(owner, () -> schedule.get(id, eventId)).version();
        long cueVersion = cueVersion(owner, id, cueId);
        long candidateVersion = signedIn.as(owner, () -> topics.get(candidateId)).version();

        signedIn.as(owner, () -> participants.exportPerson(id, m.pid(), null));
        published.clear();
        signedIn.run(owner, () -> participants.erasePerson(id, m.pid()));

        assertThat(announced(id)).contains(LiveUpdate.of(id, PlanningLive.BOARD, commentedCard),
                LiveUpdate.of(id, SurveyLive.RESPONSE, answeredSurvey),
                LiveUpdate.of(id, SurveyLive.OBSERVATION, mentioningNote),
                LiveUpdate.of(id, ScheduleLive.EVENTS, eventId), LiveUpdate.of(id, RunsheetLive.CUES, cueId),
                LiveUpdate.of(id, MailLive.DELIVERY, mailId), LiveUpdate.of(id, WorkspaceLive.EXPERIMENT),
                LiveUpdate.of(id, WorkspaceLive.MEMBERS), LiveUpdate.of(id, WorkspaceLive.ACTIVITY),
                LiveUpdate.of(id, StageGuideLive.WAIVERS),
                // The proposal: on the pool's channel, and on its experiment's (whose overview shows it).
                LiveUpdate.of(id, TopicLive.CANDIDATES, candidateId));
        assertThat(announced(TopicLive.CHANNEL)).contains(LiveUpdate.of(TopicLive.CHANNEL, TopicLive.CANDIDATES,
                candidateId));
        // Every edited text the erasure changed moved its version: an editor still holding the old words is told.
        assertThat(signedIn.as(owner, () -> schedule.get(id, eventId)).version()).isGreaterThan(eventVersion);
        assertThat(signedIn.as(owner, () -> schedule.get(id, eventId)).title()).doesNotContain("홍길동");
        assertThat(cueVersion(owner, id, cueId)).isGreaterThan(cueVersion);
        assertThat(signedIn.as(owner, () -> topics.get(candidateId)).version()).isGreaterThan(candidateVersion);
        assertThat(jdbc.queryForObject("select version from mail_message where id = ?", Long.class, mailId))
                .isPositive();
        assertThat(jdbc.queryForObject("select version from stage_check_waiver where experiment_id = ?", Long.class,
                id)).isPositive();

        // Someone mentioned nowhere else: only the people module's own change is announced.
        long other = signedIn.as(owner, () -> participants.create(id, ParticipantDraft.named("남궁무명")));
        signedIn.as(owner, () -> participants.exportPerson(id, other, null));
        published.clear();
        signedIn.run(owner, () -> participants.erasePerson(id, other));
        assertThat(announced(id)).extracting(LiveUpdate::kind).containsOnly(PeopleLive.PARTICIPANTS);
        assertThat(announced(TopicLive.CHANNEL)).isEmpty();
    }

    /**
     * A partner guest's address goes with their erasure: the partner it was invited for is announced as changed (with
     * its id), so open partner lists drop the address at once.
     */
    @Test
    void erasingAPartnerGuestAnnouncesThatPartnersChange() {
        String owner = "pg" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", "password-123");
        moveTo(LocalDate.of(2027, 1, 10));
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("협력기관 게스트 지우기")));
        long partnerId = signedIn.as(owner, () -> partners.add(id,
                new kr.silheomjang.people.PartnerDraft("서울역 쉼터", null, null, null, null)));
        signedIn.run(owner, () -> partners.inviteGuest(id, partnerId, "guest@x.kr"));
        long pid = signedIn.as(owner, () -> participants.create(id,
                ParticipantDraft.named("박협력").withContacts(null, "guest@x.kr")));
        signedIn.as(owner, () -> participants.exportPerson(id, pid, null));
        published.clear();

        signedIn.run(owner, () -> participants.erasePerson(id, pid));

        assertThat(announced(id)).contains(LiveUpdate.of(id, PeopleLive.PARTNERS, partnerId));
        assertThat(signedIn.as(owner, () -> partners.list(id))).singleElement()
                .satisfies(p -> assertThat(p.guests()).isEmpty());
    }

    long cueVersion(String owner, long id, long cueId) {
        return signedIn.as(owner, () -> cues.sheet(id)).cues().stream().filter(c -> c.id() == cueId).findFirst()
                .orElseThrow().version();
    }

    @Test
    void everyExperimentIsPurgedAYearAfterItsFollowUpByDefault() {
        String owner = "pr" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", "password-123");
        moveTo(LocalDate.of(2027, 1, 10));
        long id = experimentMentioning(owner, "기본 보존 기한")[0];
        // Drafts.valid: the follow-up ends 2027-05-01, so the data is kept through 2028-05-01.
        moveTo(LocalDate.of(2028, 5, 1));
        job.anonymiseExpired();
        assertThat(signedIn.as(owner, () -> participants.list(id)).get(0).name()).isEqualTo("홍길동");

        moveTo(LocalDate.of(2028, 5, 2));
        published.clear();
        job.anonymiseExpired();
        assertThat(signedIn.as(owner, () -> participants.list(id)).get(0).anonymised()).isTrue();
        // Open pages of every module hear what the purge changed there.
        assertThat(announced(id)).extracting(LiveUpdate::kind).contains(PlanningLive.BOARD, SurveyLive.RESPONSE,
                SurveyLive.OBSERVATION, WorkspaceLive.EXPERIMENT, WorkspaceLive.MEMBERS, WorkspaceLive.ACTIVITY,
                PeopleLive.PARTICIPANTS);
        assertThat(jdbc.queryForObject("select proposer_name from experiment where id = ?", String.class, id))
                .isNull();
        assertThat(jdbc.queryForList("select body from card_comment c join card k on k.id = c.card_id"
                + " where k.experiment_id = ?", String.class, id)).containsOnly("(삭제됨)");
        assertThat(jdbc.queryForList("select note from observation where experiment_id = ?", String.class, id))
                .containsOnly("(삭제됨)");
        assertThat(jdbc.queryForObject("select count(*) from observation_photo p join observation o"
                + " on o.id = p.observation_id where o.experiment_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForList("select email from invitation where experiment_id = ?", String.class, id))
                .containsOnly("(삭제됨)");
        assertThat(jdbc.queryForList("select a.answer_text from survey_answer a join survey_response r"
                + " on r.id = a.response_id join survey s on s.id = r.survey_id where s.experiment_id = ?",
                String.class, id)).containsOnly("(삭제됨)");
        // The next night finds nothing left to purge here, and announces nothing.
        moveTo(LocalDate.of(2028, 5, 3));
        published.clear();
        job.anonymiseExpired();
        assertThat(announced(id)).isEmpty();
        // One audit entry, with counts only.
        List<PersonalDataLogView> log = signedIn.as(owner, () -> participants.personalDataLog(id));
        assertThat(log).singleElement().satisfies(l -> {
            assertThat(l.action()).isEqualTo("RETENTION");
            assertThat(l.subject()).doesNotContain("홍길동").doesNotContain("hong@x.kr").doesNotContain("010");
        });
    }
}
