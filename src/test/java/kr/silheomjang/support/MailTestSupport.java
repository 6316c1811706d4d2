package kr.silheomjang.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import kr.silheomjang.mail.internal.MailDispatcher;

/**
 * Service tests with a real SMTP server (GreenMail, one per test JVM on a free port, so parallel builds on one machine
 * never clash). The scheduled sender is slowed to once an hour: tests call {@code MailDispatcher.dispatchDue()}
 * themselves and so decide exactly when mail goes out. Every subclass shares one Spring context.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
public abstract class MailTestSupport {

    protected static final GreenMail SMTP = startSmtp();

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("silheomjang.mail.dispatch-interval-ms", () -> "3600000");
        registry.add("silheomjang.mail.dispatch-initial-delay-ms", () -> "3600000");
        registry.add("silheomjang.base-url", () -> "https://silheomjang.test");
    }

    @Autowired
    protected MailDispatcher dispatcher;

    /** Each test starts with nothing due and empty mailboxes (earlier tests may have left mail queued). */
    @BeforeEach
    void emptyMailboxes() throws Exception {
        dispatcher.dispatchDue();
        SMTP.purgeEmailFromAllMailboxes();
    }
}
