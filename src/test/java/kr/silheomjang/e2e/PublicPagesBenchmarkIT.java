package kr.silheomjang.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.security.RunAs;

/**
 * Benchmark, not a test (runs only with {@code -Dbenchmark=true}; README "Public pages on a phone"): every account-less
 * page loaded under Lighthouse's mobile profile by {@link PhonePageBenchmark}, first and repeat visit, figures printed
 * next to the targets of issue 17 and written to target/benchmark/public-pages.txt. Nothing is asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PublicPagesBenchmarkIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResultsPageService resultsPages;

    @Test
    void publicPagesOnAThrottledPhone() throws IOException {
        long owner = jdbc.queryForObject("select id from app_user where email = ?", Long.class, BrowserSupport.OWNER);
        long nightSchool = jdbc.queryForObject("select id from experiment where proposal_text like '지하철을 학교로%'",
                Long.class);
        long second = jdbc.queryForObject("select min(id) from experiment where id <> ?", Long.class, nightSchool);
        String survey = jdbc.queryForObject("select public_token from survey where experiment_id = ? and audience = ?"
                + " order by id limit 1", String.class, nightSchool, "PARTICIPANT");
        String invite = runAs.user(owner, () -> invitations.invite(nightSchool,
                "bench-" + System.nanoTime() + "@example.kr", MemberRole.PARTNER_GUEST).link());
        String results = runAs.user(owner, () -> resultsPages.settings(second).enabled() ? null
                : resultsPages.enable(second));

        List<PhonePageBenchmark.Target> targets = new ArrayList<>();
        targets.add(new PhonePageBenchmark.Target("survey", "/s/" + survey, "#survey-title"));
        if (results != null) {
            targets.add(new PhonePageBenchmark.Target("results", URI.create(results).getPath(), "h1"));
        }
        targets.add(new PhonePageBenchmark.Target("invitation", URI.create(invite).getPath(), "#invitee-name"));
        targets.add(new PhonePageBenchmark.Target("sign-in", "/login", "input[name=username]"));

        String report;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(BrowserSupport.CHROMIUM)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            report = PhonePageBenchmark.report(PhonePageBenchmark.run(browser, "http://localhost:" + port, targets));
        }
        System.out.print(report);
        Path out = Path.of("target", "benchmark", "public-pages.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
