package kr.silheomjang.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.CalendarFeedService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

/**
 * Over real HTTP (issue 20, points 3 and 7): security headers on every kind of response, redirects from the configured
 * base URL whatever the Host header says, no session id in URLs, and a sign-in throttle that slows down the address
 * that guesses without locking out the person signing in from another one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "silheomjang.base-url=https://lab.example.kr", "logging.level.root=info",
                "logging.level.kr.silheomjang=debug" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class HttpHygieneTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    SignedIn signedIn;

    HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName(localAddress)).cookieHandler(new CookieManager()).build();
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient http = client("127.0.0.1");
        for (String path : List.of("/login", "/styles.css", "/css/schedule.css", "/ical/1/x", "/ical/1/nope.ics",
                "/experiments/1", "/actuator/health", "/no-such-page", "/VAADIN/no-such-file.js")) {
            HttpResponse<String> r = get(http, path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(get(http, "/ical/1/x").statusCode()).isEqualTo(404);
        assertThat(get(http, "/actuator/health").statusCode()).isEqualTo(200);
    }

    /** A raw request, so the Host header can be anything a client likes. */
    List<String> rawHeaders(String requestLine, String host, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String request = requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                            + body.getBytes(StandardCharsets.UTF_8).length + "\r\n")
                    + "\r\n" + (body == null ? "" : body);
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line);
            }
            return headers;
        }
    }

    static String location(List<String> headers) {
        return headers.stream().filter(h -> h.regionMatches(true, 0, "Location:", 0, 9))
                .map(h -> h.substring(9).strip()).findFirst().orElseThrow(() -> new AssertionError(headers));
    }

    @Test
    void redirectsComeFromTheBaseUrlNeverFromTheHostHeaderAndCarryNoSessionId() throws Exception {
        List<String> protectedPage = rawHeaders("GET /experiments/1 HTTP/1.1", "evil.example", null);
        assertThat(protectedPage.get(0)).contains(" 302");
        assertThat(location(protectedPage)).startsWith("https://lab.example.kr/").doesNotContain("evil")
                .doesNotContainIgnoringCase("jsessionid");

        List<String> failedLogin = rawHeaders("POST /login HTTP/1.1", "evil.example:8443",
                "username=nobody%40example.kr&password=wrong");
        assertThat(location(failedLogin)).startsWith("https://lab.example.kr/").doesNotContain("evil")
                .doesNotContainIgnoringCase("jsessionid");
        // The session id travels in the cookie only, never in a URL.
        assertThat(failedLogin.stream().filter(h -> !h.regionMatches(true, 0, "Set-Cookie:", 0, 11)))
                .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).contains(";jsessionid"));
    }

    /** Signs in like the login page does: the form with the CSRF token from the page. Returns the redirect. */
    String signIn(HttpClient http, String email, String password) throws Exception {
        String page = get(http, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void guessingFromOneAddressSlowsThatAddressButNotThePersonElsewhere() throws Exception {
        String email = "victim" + System.nanoTime() + "@demo.kr";
        accounts.createAccount(email, "피해자", "correct-horse-1");
        HttpClient attacker = client("127.0.0.2");
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(attacker, email, "guess-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(attacker, email, "guess-5")).endsWith("/login?locked");
        // Even the right password waits now, from that address.
        assertThat(signIn(attacker, email, "correct-horse-1")).endsWith("/login?locked");

        // The person, from their own machine, signs in at once.
        String landing = signIn(client("127.0.0.3"), email, "correct-horse-1");
        assertThat(landing).doesNotContain("/login");
    }

    @Test
    void credentialsAndAddressesNeverReachTheLog(CapturedOutput output) throws Exception {
        String owner = "log-owner" + System.nanoTime() + "@demo.kr";
        String invitee = "log-invitee" + System.nanoTime() + "@demo.kr";
        accounts.createAccount(owner, "기록주인", "owner-pass-1");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("기록 실험")));
        String link = signedIn.as(owner, () -> invitations.invite(id, invitee, MemberRole.PLANNER).link());
        String inviteToken = link.substring(link.lastIndexOf('/') + 1);
        HttpClient http = client("127.0.0.1");
        assertThat(get(http, "/invite/" + inviteToken).statusCode()).isEqualTo(200);
        invitations.acceptWithNewAccount(inviteToken, "초대받은 사람", "invitee-pass-1", "invitee-pass-1");
        String feedToken = signedIn.as(owner, () -> feeds.issueFeedToken(id));
        assertThat(get(http, "/ical/" + id + "/" + feedToken + ".ics").statusCode()).isEqualTo(200);
        assertThat(get(http, "/ical/" + id + "/" + feedToken + ".ics/x").statusCode()).isEqualTo(404);
        signIn(client("127.0.0.4"), invitee, "wrong-password");
        signIn(client("127.0.0.4"), invitee, "invitee-pass-1");

        assertThat(output.getAll()).isNotBlank()
                .doesNotContain(inviteToken).doesNotContain(feedToken)
                .doesNotContain(owner).doesNotContain(invitee)
                .doesNotContain("invitee-pass-1").doesNotContain("wrong-password");
    }

    @Test
    void probesAnswerWithoutLoginAndWithoutDetails() throws Exception {
        HttpClient http = client("127.0.0.1");
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> r = get(http, probe);
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("jdbc")
                    .doesNotContain("components");
        }
        // Metrics are for operators: not open to anonymous callers.
        assertThat(get(http, "/actuator/metrics").statusCode()).isNotEqualTo(200);
    }
}
