package kr.silheomjang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Bad input from outside, generated (a fixed seed, so a failure replays): more than a thousand malformed inputs
 * across the public survey, the invitation flow, the CSV import, uploads and the iCal endpoint (over HTTP). Every one
 * must end as a refusal the user can read (or be accepted as harmless), never a server error, never an ERROR log
 * line, and a refused input must leave nothing behind (the tables it would write keep their row counts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputSuiteTest {

    /** Pieces that have broken web applications before. */
    static final List<String> NASTY = List.of("", " ", "\0", "\u0000\u0000", "/", "\\", "..", "../../etc/passwd",
            "\u202Egpj.exe", "\u200B", "\u200B\u200B\u3000", "\uFEFF", "\uD800", "\uDFFF", "ㅤ", "\u115F",
            "'; drop table participant; --", "\" or 1=1 --", "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)",
            "<script>alert(1)</script>", "%00", "%2e%2e%2f", "\r\nSet-Cookie: x=1", "\t", "\n\n\n", "👍🏽‍", "가".repeat(5000),
            "x".repeat(70_000), "null", "undefined", "NaN", "-0", "9".repeat(40), "${jndi:ldap://x}", "{{7*7}}",
            "김\u0301", "Ａ", "\u0007", "\u007F", "\u001B[31m", "C:\\con\\aux", "CON", "e\u0301", "\uFFFD", "한글");

    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    ParticipantService participants;

    @Autowired
    kr.silheomjang.people.ParticipantCsvService participantCsv;
    @Autowired
    PlanningService planning;

    @Autowired
    kr.silheomjang.planning.CardAttachmentService attachmentService;
    @Autowired
    ObservationService observations;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    final Random random = new Random(20);
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final List<String> failures = new ArrayList<>();
    int inputs;

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    String nasty() {
        String a = NASTY.get(random.nextInt(NASTY.size()));
        return switch (random.nextInt(4)) {
            case 0 -> a;
            case 1 -> a + NASTY.get(random.nextInt(NASTY.size()));
            case 2 -> "정상 " + a;
            default -> randomText(random.nextInt(300));
        };
    }

    String randomText(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0xAC00 + random.nextInt(11172);
                case 2 -> 0x20 + random.nextInt(0x5F);
                case 3 -> 0x2000 + random.nextInt(0x70);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return b.toString();
    }

    byte[] randomBytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /**
     * Runs one input: a refusal must be a message for the user, and when refused the tables keep their counts.
     */
    void attempt(String what, Supplier<?> action, String... tables) {
        inputs++;
        Map<String, Long> before = new HashMap<>();
        for (String t : tables) {
            before.put(t, count(t));
        }
        try {
            action.get();
        } catch (UserFacingException | AccessDeniedException | ConflictException refused) {
            for (String t : tables) {
                if (count(t) != before.get(t)) {
                    failures.add(what + ": refused but " + t + " changed");
                }
            }
        } catch (RuntimeException broken) {
            failures.add(what + ": " + broken);
        }
    }

    @Test
    void aThousandMalformedInputsCauseNoServerErrorNoErrorLogAndNothingHalfSaved() throws Exception {
        String owner = "bad" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", Teams.PASSWORD);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("나쁜 입력")));
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        SurveyDetails survey = signedIn.as(owner, () -> surveys.get(id, surveys.list(id).stream()
                .filter(s -> s.audience() == SurveyAudience.PARTICIPANT).findFirst().orElseThrow().id()));
        List<Long> questionIds = survey.questions().stream().map(q -> q.id()).toList();

        // 1. The public survey: broken tokens, and broken answers to a real one (300).
        for (int i = 0; i < 100; i++) {
            String token = nasty();
            attempt("open survey " + i, () -> publicSurveys.open(token));
        }
        for (int i = 0; i < 200; i++) {
            Map<Long, List<String>> answers = new HashMap<>();
            int n = random.nextInt(5);
            for (int k = 0; k < n; k++) {
                long q = random.nextBoolean() ? questionIds.get(random.nextInt(questionIds.size()))
                        : random.nextLong();
                List<String> values = new ArrayList<>();
                for (int v = random.nextInt(4); v > 0; v--) {
                    values.add(nasty());
                }
                answers.put(q, values);
            }
            String token = i % 10 == 0 ? nasty() : survey.token();
            int n2 = i;
            attempt("submit survey " + i, () -> {
                publicSurveys.submit(token, answers, "10.0." + (n2 % 250) + "." + n2, "s-" + n2);
                return null;
            }, "survey_response", "survey_answer");
        }

        // 2. The invitation flow: broken tokens, and broken names and passwords for a real invitation (200).
        String invited = "inv" + System.nanoTime() + "@test.kr";
        String link = signedIn.as(owner, () -> invitations.invite(id, invited, MemberRole.PLANNER).link());
        String realToken = link.substring(link.lastIndexOf('/') + 1);
        for (int i = 0; i < 100; i++) {
            String token = i % 2 == 0 ? nasty() : realToken + nasty();
            attempt("invitation preview " + i, () -> invitations.preview(token));
        }
        for (int i = 0; i < 100; i++) {
            String name = nasty();
            String password = random.nextInt(3) == 0 ? "" : nasty();
            String repeated = random.nextBoolean() ? password : nasty();
            String token = i % 4 == 0 ? nasty() : realToken;
            attempt("invitation accept " + i, () -> invitations.acceptWithNewAccount(token, name, password, repeated),
                    "app_user", "experiment_member");
        }

        // 3. CSV import: random bytes, broken quoting, unknown columns, wrong encodings (200).
        List<Supplier<byte[]>> csvs = List.of(() -> randomBytes(2000),
                () -> ("이름,전화번호\n\"" + nasty() + ",010\n").getBytes(StandardCharsets.UTF_8),
                () -> (nasty() + "," + nasty() + "\n" + nasty()).getBytes(StandardCharsets.UTF_8),
                () -> ("이름,그룹,참여 상태\n" + nasty() + "," + nasty() + "," + nasty())
                        .getBytes(Charset.forName("x-windows-949")),
                () -> ("이름\n" + nasty()).getBytes(StandardCharsets.UTF_16),
                () -> ("이름,촬영 동의\n" + nasty() + ",아마도\n,\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 200; i++) {
            byte[] csv = csvs.get(i % csvs.size()).get();
            attempt("csv preview " + i, () -> signedIn.as(owner, () -> participantCsv.previewImport(id, csv)));
            attempt("csv import " + i, () -> signedIn.as(owner, () -> participantCsv.importCsv(id, csv)),
                    "participant");
        }

        // 4. Uploads: hostile names, lying types, disguised and empty content, on cards and as photos (200).
        List<String> types = List.of("image/png", "text/plain", "application/x-hwp", "application/pdf",
                "application/octet-stream", "", "image/png; charset=\0");
        for (int i = 0; i < 150; i++) {
            String name = nasty() + (random.nextBoolean() ? "." + List.of("png", "txt", "hwp", "pdf", "exe", "")
                    .get(random.nextInt(6)) : "");
            String type = types.get(random.nextInt(types.size()));
            byte[] bytes = random.nextInt(5) == 0 ? new byte[0] : randomBytes(3000);
            attempt("attach " + i, () -> signedIn.as(owner, () -> attachmentService.attach(id, cardId, name, type, bytes)),
                    "card_attachment");
        }
        for (int i = 0; i < 50; i++) {
            String type = types.get(random.nextInt(types.size()));
            byte[] bytes = randomBytes(3000);
            String note = nasty();
            attempt("photo " + i, () -> signedIn.as(owner, () -> observations.add(id, null, note, bytes, type)),
                    "observation", "observation_photo");
        }

        // 5. The iCal endpoint over HTTP: malformed paths and tokens (150).
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String junk = java.net.URLEncoder.encode(nasty(), StandardCharsets.UTF_8);
            if (junk.length() > 2000) {
                junk = junk.substring(0, 2000);
            }
            paths.add(switch (i % 5) {
                case 0 -> "/ical/" + id + "/" + junk + ".ics";
                case 1 -> "/ical/" + junk + "/abc.ics";
                case 2 -> "/ical/" + id + "/" + "A".repeat(random.nextInt(300)) + ".ics";
                case 3 -> "/ical/" + random.nextLong() + "/" + junk;
                default -> "/ical/" + id + "/%00.ics";
            });
        }
        for (String path : paths) {
            inputs++;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 500) {
                    failures.add("GET " + path + ": " + r.statusCode());
                }
            } catch (IllegalArgumentException unsendable) {
                inputs--; // a URI the client itself refuses never reached the server
            }
        }

        assertThat(inputs).isGreaterThanOrEqualTo(1000);
        assertThat(failures).as("server errors or half-saved refusals").isEmpty();
        assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList())
                .as("ERROR log lines").isEmpty();
        // The real invitation is still usable: no broken attempt used it up or half-created its account.
        assertThat(invitations.preview(realToken).status().name()).isIn("VALID", "USED");
    }
}
