package kr.silheomjang.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

/** The secret feed over real HTTP, parsed back with the iCalendar library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScheduleFeedTest {

    @LocalServerPort
    int port;
    @Autowired
    ScheduleService schedule;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    kr.silheomjang.planning.PlanningService planning;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String owner;
    String guest;
    long id;
    long otherId;
    long meetingId;
    long deadlineId;

    @BeforeEach
    void experimentWithTwoEvents() {
        String run = Long.toString(System.nanoTime());
        owner = "feed-owner-" + run + "@test.kr";
        guest = "feed-guest-" + run + "@test.kr";
        accounts.createAccount(owner, "김기획", "password-123");
        accounts.createAccount(guest, "박협력", "password-123");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("피드 실험")));
        otherId = signedIn.as(owner, () -> experiments.create(Drafts.valid("다른 실험")));
        String link = signedIn.as(owner, () -> invitations.invite(id, guest, MemberRole.PARTNER_GUEST).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
        long guestId = accounts.findByEmail(guest).orElseThrow().id();
        meetingId = signedIn.as(owner, () -> schedule.create(id, new EventDraft("촬영팀 미팅",
                EventType.FILMING_MEETING, LocalDate.of(2027, 3, 3), LocalTime.of(14, 0), LocalDate.of(2027, 3, 3),
                LocalTime.of(15, 30), "서울역 회의실", Set.of(guestId), "동선, 인터뷰 대상; 확인")));
        deadlineId = signedIn.as(owner, () -> schedule.create(id,
                EventDraft.allDay("참여자 모집 마감", EventType.DEADLINE, LocalDate.of(2027, 3, 2))));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String feedPath(long experimentId, String token) {
        return "/ical/" + experimentId + "/" + token + ".ics";
    }

    static VEvent byTitle(ICalendar ical, String title) {
        return ical.getEvents().stream().filter(e -> e.getSummary().getValue().equals(title)).findFirst()
                .orElseThrow();
    }

    @Test
    void theFeedParsesBackWithSeoulTimesAndUidsStayStableAcrossEdits() throws Exception {
        String token = signedIn.as(owner, () -> feeds.issueFeedToken(id));
        HttpResponse<String> first = get(feedPath(id, token));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");

        ICalendar ical = Biweekly.parse(first.body()).first();
        // The two events, and the event day the calendar shows (issue 20: the feed carries what the calendar shows).
        assertThat(ical.getEvents()).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("촬영팀 미팅", "참여자 모집 마감", "행사일: 피드 실험");
        VEvent meeting = byTitle(ical, "촬영팀 미팅");
        assertThat(meeting.getLocation().getValue()).isEqualTo("서울역 회의실");
        assertThat(meeting.getDescription().getValue()).isEqualTo("동선, 인터뷰 대상; 확인");
        TimezoneAssignment tz = ical.getTimezoneInfo().getTimezone(meeting.getDateStart());
        assertThat(tz.getTimeZone().getID()).isEqualTo("Asia/Seoul");
        assertThat(first.body()).contains("DTSTART;TZID=Asia/Seoul:20270303T140000");
        assertThat(meeting.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDate.of(2027, 3, 3).atTime(14, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        assertThat(meeting.getDateEnd().getValue().toInstant())
                .isEqualTo(LocalDate.of(2027, 3, 3).atTime(15, 30).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        VEvent deadline = byTitle(ical, "참여자 모집 마감");
        assertThat(deadline.getDateStart().getValue().hasTime()).isFalse();
        assertThat(first.body()).contains("DTSTART;VALUE=DATE:20270302").contains("DTEND;VALUE=DATE:20270303");
        String meetingUid = meeting.getUid().getValue();
        String deadlineUid = deadline.getUid().getValue();
        assertThat(meetingUid).isNotEqualTo(deadlineUid);

        // Edit and move: the same UIDs come back with the new data and a higher SEQUENCE, so calendars update.
        EventView seen = signedIn.as(owner, () -> schedule.get(id, meetingId));
        signedIn.run(owner, () -> schedule.update(id, meetingId, seen.version(), new EventDraft("촬영팀 최종 미팅",
                EventType.FILMING_MEETING, LocalDate.of(2027, 3, 4), LocalTime.of(10, 0), LocalDate.of(2027, 3, 4),
                LocalTime.of(11, 0), "서울역", seen.attendeeIds(), null)));
        long deadlineVersion = signedIn.as(owner, () -> schedule.get(id, deadlineId)).version();
        signedIn.run(owner, () -> schedule.move(id, deadlineId, deadlineVersion, LocalDate.of(2027, 3, 5)));

        ICalendar after = Biweekly.parse(get(feedPath(id, token)).body()).first();
        VEvent editedMeeting = byTitle(after, "촬영팀 최종 미팅");
        assertThat(editedMeeting.getUid().getValue()).isEqualTo(meetingUid);
        assertThat(editedMeeting.getSequence().getValue()).isGreaterThan(meeting.getSequence().getValue());
        assertThat(editedMeeting.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDate.of(2027, 3, 4).atTime(10, 0).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        assertThat(byTitle(after, "참여자 모집 마감").getUid().getValue()).isEqualTo(deadlineUid);

        // The single-event download is the same event.
        ICalendar single = Biweekly.parse(signedIn.as(owner, () -> schedule.eventIcs(id, meetingId))).first();
        assertThat(single.getEvents()).singleElement()
                .satisfies(e -> assertThat(e.getUid().getValue()).isEqualTo(meetingUid));
    }

    @Test
    void revokedReplacedForeignAndMadeUpTokensGetNothing() throws Exception {
        String token = signedIn.as(owner, () -> feeds.issueFeedToken(id));
        assertThat(get(feedPath(id, token)).statusCode()).isEqualTo(200);

        // The token belongs to experiment id: under another experiment's address it opens nothing.
        assertThat(get(feedPath(otherId, token)).statusCode()).isEqualTo(404);
        String otherToken = signedIn.as(owner, () -> feeds.issueFeedToken(otherId));
        assertThat(get(feedPath(id, otherToken)).statusCode()).isEqualTo(404);
        assertThat(get(feedPath(otherId, otherToken)).statusCode()).isEqualTo(200);

        String replacement = signedIn.as(owner, () -> feeds.issueFeedToken(id));
        assertThat(get(feedPath(id, token)).statusCode()).isEqualTo(404);
        assertThat(get(feedPath(id, replacement)).statusCode()).isEqualTo(200);

        signedIn.run(owner, () -> feeds.revokeFeedToken(id));
        HttpResponse<String> revoked = get(feedPath(id, replacement));
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).doesNotContain("BEGIN:VCALENDAR");
        assertThat(get(feedPath(id, "made-up-token-0123456789")).statusCode()).isEqualTo(404);
        assertThat(signedIn.as(owner, () -> feeds.feedIssuedAt(id))).isNull();
    }

    @Test
    void aGuestsFeedHoldsOnlyTheEventsTheyAttend() throws Exception {
        String token = signedIn.as(guest, () -> feeds.issueFeedToken(id));
        ICalendar ical = Biweekly.parse(get(feedPath(id, token)).body()).first();
        assertThat(ical.getEvents()).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("촬영팀 미팅", "행사일: 피드 실험");

        // Removed from the experiment: the old address goes dark at once.
        long memberId = signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.email().equals(guest)).findFirst().orElseThrow().memberId();
        signedIn.run(owner, () -> experiments.removeMember(id, memberId));
        assertThat(get(feedPath(id, token)).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheFeedPathAndStylesheetsAreOpenWithoutLogin() throws Exception {
        assertThat(get("/css/schedule.css").statusCode()).isEqualTo(200);
        List<String> closed = List.of("/experiments/" + id + "/schedule", "/css/../experiments");
        for (String path : closed) {
            assertThat(get(path).statusCode()).as(path).isIn(302, 400, 401, 403);
        }
        // Near misses of the feed's address are simply not there (no login page, no UI page with status 200).
        for (String path : List.of("/ical/" + id, "/ical/" + id + "/x", "/ical/", "/ical/" + id + "/x.ics/more",
                "/ical/abc/token.ics")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("BEGIN:VCALENDAR").doesNotContain("vaadin");
        }
    }

    @Test
    void longKoreanLinesAreFoldedAt75OctetsAndTheFeedCarriesTheEventDayAndCardDueDates() throws Exception {
        String longTitle = "서울역 일일야학 참여자 모집 마감과 촬영팀 인터뷰 대상 확인, 그리고 현장 동선 최종 점검 회의 (모든 기획자 참석)";
        signedIn.run(owner, () -> schedule.create(id, EventDraft.allDay(longTitle, EventType.DEADLINE,
                LocalDate.of(2027, 3, 9))));
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        String cardTitle = signedIn.as(owner, () -> planning.card(id, cardId)).title();
        signedIn.run(owner, () -> planning.moveDue(id, cardId, LocalDate.of(2027, 3, 20)));
        String token = signedIn.as(owner, () -> feeds.issueFeedToken(id));

        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + feedPath(id, token))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        String[] physical = body.split("\r\n", -1);
        assertThat(physical.length).isGreaterThan(10);
        for (String line : physical) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(body).doesNotContain("\uFFFD");
        // Unfolded, the line is the title as written (commas escaped as RFC 5545 wants).
        assertThat(body.replaceAll("\r\n ", "")).contains("SUMMARY:" + longTitle.replace(",", "\\,"));

        ICalendar ical = Biweekly.parse(body).first();
        assertThat(byTitle(ical, longTitle).getDateStart().getValue().hasTime()).isFalse();
        VEvent eventDay = byTitle(ical, "행사일: 피드 실험");
        assertThat(body).contains("DTSTART;VALUE=DATE:20270401");
        assertThat(eventDay.getUid().getValue()).isEqualTo("event-day-" + id + "@silheomjang");
        VEvent due = byTitle(ical, "카드 마감: " + cardTitle);
        assertThat(due.getUid().getValue()).isEqualTo("due-card-" + cardId + "@silheomjang");
        assertThat(body).contains("DTSTART;VALUE=DATE:20270320");
    }
}
