package kr.silheomjang.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.mariadb.MariaDbTestDatabase;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.TcpProxy;

/**
 * Issue 20, point 2: the production profile on MariaDB, reached through a TCP proxy that the test cuts and restores.
 * While the database is unreachable a save in the experiment form fails with the Korean database message and the typed
 * text stays in the open form; once it is back, the same form saves without a restart.
 */
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageMariaDbTest extends BrowserlessSupport {

    private static MariaDbTestDatabase database;
    private static TcpProxy proxy;

    @DynamicPropertySource
    static void mariaDbThroughProxy(DynamicPropertyRegistry registry) throws Exception {
        database = MariaDbTestDatabase.create();
        proxy = new TcpProxy(MariaDbTestDatabase.HOST, Integer.parseInt(MariaDbTestDatabase.PORT));
        String url = database.url().replace("//" + MariaDbTestDatabase.HOST + ":" + MariaDbTestDatabase.PORT + "/",
                "//127.0.0.1:" + proxy.port() + "/");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> MariaDbTestDatabase.USER);
        registry.add("spring.datasource.password", () -> MariaDbTestDatabase.PASSWORD);
        // What production runs with (the test profile waits longer for a busy CI machine).
        registry.add("spring.datasource.hikari.connection-timeout", () -> "3000");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Autowired
    ExperimentService experiments;
    @Autowired
    kr.silheomjang.experiment.InvitationService invitations;

    @Test
    void aSaveDuringTheOutageSaysSoInKoreanKeepsTheTextAndWorksOnceTheDatabaseIsBack() throws Exception {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("끊기기 전 이름")));
        BrowserlessUIContext window = windowOf(owner);
        ExperimentOverviewView view = window.navigate(ExperimentOverviewView.class,
                Map.of(ExperimentOverviewView.PARAM, String.valueOf(id)));
        in(window).test(view.edit).click();
        ExperimentFormDialog form = opened(window, ExperimentFormDialog.class);
        in(window).test(form.title).setValue("끊긴 동안 쓴 이름");

        proxy.cut();
        try {
            in(window).test(form.save).click();
            assertThat(form.isOpened()).isTrue();
            assertThat(form.title.getValue()).isEqualTo("끊긴 동안 쓴 이름");
            assertThat(window.find(Notification.class).last().getElement().getProperty("text"))
                    .contains("데이터베이스에 연결할 수 없어");
        } finally {
            proxy.restore();
        }
        // The pool may still hold a connection cut during the outage (background jobs use the pool too); it is
        // dropped on its next use. Once a request has gone through, the user's second try saves.
        awaitDatabaseBack(() -> signedIn.as(owner, () -> experiments.get(id)));

        in(window).test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(signedIn.as(owner, () -> experiments.get(id)).title()).isEqualTo("끊긴 동안 쓴 이름");
    }

    /**
     * A public link opened while the database does not answer: a Korean page with an error number, and the log has
     * the failure with that number but never the link's token (Vaadin's own error page logged the whole address).
     */
    @Test
    void aPublicLinkOpenedDuringTheOutageSaysSoInKoreanAndTheLogHoldsNoToken() throws Exception {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("초대 링크 실험장")));
        String link = signedIn.as(owner, () -> invitations.invite(id, "outage-" + System.nanoTime() + "@org.kr",
                kr.silheomjang.experiment.MemberRole.PARTNER_GUEST).link());
        String token = link.substring(link.lastIndexOf('/') + 1);
        var log = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                ch.qos.logback.classic.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        BrowserlessUIContext visitor = app.newUser().newWindow();
        proxy.cut();
        try {
            visitor.getUI().navigate("invite/" + token);
            var page = visitor.find(kr.silheomjang.ui.PageFailed.class).single();
            assertThat(page.getElement().getTextRecursively()).contains("페이지를 열지 못했습니다", "오류 번호");
        } finally {
            proxy.restore();
            root.detachAppender(log);
        }
        String logged = String.join("\n", log.list.stream().map(e -> e.getFormattedMessage() + " "
                + (e.getThrowableProxy() == null ? ""
                        : ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList());
        assertThat(logged).contains("Page failed to open", "/invite/***").doesNotContain(token);
        awaitDatabaseBack(() -> signedIn.as(owner, () -> experiments.get(id)));
    }

    private static void awaitDatabaseBack(Runnable read) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            try {
                read.run();
                return;
            } catch (RuntimeException stillCut) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the database never came back");
    }
}
