package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import kr.silheomjang.support.RedisProcess;

/**
 * Issue 20, point 1, on the page: the app with the Redis bus against a private {@code redis-server} that dies
 * mid-session. Both members' pages say "실시간 연결이 끊겼습니다"; what one of them changes on this node still reaches
 * the other; a change no live update announced (as one made on another node while Redis was away) shows up without a
 * reload once Redis is back, and the notice goes away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RedisOutagePageIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private static RedisProcess redis;

    @DynamicPropertySource
    static void redisBus(DynamicPropertyRegistry registry) {
        redis = RedisProcess.startOnFreePort();
        registry.add("silheomjang.live-bus", () -> "redis");
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", () -> String.valueOf(redis.port()));
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    private static LocatorAssertions.IsVisibleOptions visibleWithin(double millis) {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(millis);
    }

    private static LocatorAssertions.IsHiddenOptions hiddenWithin(double millis) {
        return new LocatorAssertions.IsHiddenOptions().setTimeout(millis);
    }

    @Test
    void pagesSayTheLiveLinkIsLostKeepWorkingOnThisNodeAndReReadWhenRedisIsBack() {
        long id = browsers.nightSchoolId();
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        openExperiment(a, id);
        openExperiment(b, id);
        assertThat(b.locator("#live-offline")).isHidden();
        b.evaluate("() => window.__sameDocument = 'yes'");

        redis.kill();
        assertThat(a.locator("#live-offline")).isVisible(visibleWithin(20_000));
        assertThat(b.locator("#live-offline")).isVisible(visibleWithin(20_000));
        assertThat(b.locator("#live-offline")).containsText("실시간 연결이 끊겼습니다");
        screenshot(b, "redis-1-offline-notice");

        // A's change on this node still reaches B while Redis is away.
        String local = "레디스 없이 바꾼 이름 " + System.currentTimeMillis() % 100_000;
        a.locator("#edit-experiment").click();
        fillField(a, "#title-field", local);
        a.locator("#save-experiment").click();
        assertThat(b.locator("#experiment-title")).hasText(local, textWithin(5_000));

        // A change nobody announced here, as one saved on another node whose update Redis never carried.
        String elsewhere = "다른 노드에서 바꾼 이름 " + System.currentTimeMillis() % 100_000;
        browsers.bean(JdbcTemplate.class).update(
                "update experiment set title = ?, version = version + 1 where id = ?", elsewhere, id);

        redis.start();
        assertThat(a.locator("#live-offline")).isHidden(hiddenWithin(20_000));
        assertThat(b.locator("#live-offline")).isHidden(hiddenWithin(20_000));
        assertThat(b.locator("#experiment-title")).hasText(elsewhere, textWithin(10_000));
        assertThat(a.locator("#experiment-title")).hasText(elsewhere, textWithin(10_000));
        assertEquals("yes", b.evaluate("() => window.__sameDocument"), "B's page was reloaded");
        screenshot(b, "redis-2-back-and-re-read");
    }
}
