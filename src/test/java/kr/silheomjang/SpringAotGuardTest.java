package kr.silheomjang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Spring AOT mode starts only with the settings its build saw: the embedded default. */
class SpringAotGuardTest {

    private static MockEnvironment embeddedDefault() {
        return new MockEnvironment().withProperty("silheomjang.live-bus", "local")
                .withProperty("silheomjang.demo-data", "true");
    }

    @Test
    void theEmbeddedDefaultIsWhatTheBuildSaw() {
        assertThat(SpringAotGuard.differences(embeddedDefault())).isEmpty();
    }

    @Test
    void aRedisNodeAProfileOrSmtpAreRefusedByName() {
        MockEnvironment redis = embeddedDefault().withProperty("silheomjang.live-bus", "redis");
        assertThat(SpringAotGuard.differences(redis)).isEqualTo(List.of("silheomjang.live-bus=redis"));

        MockEnvironment mysql = embeddedDefault().withProperty("silheomjang.demo-data", "false");
        mysql.setActiveProfiles("mysql");
        assertThat(SpringAotGuard.differences(mysql))
                .isEqualTo(List.of("profiles [mysql]", "silheomjang.demo-data=false"));

        MockEnvironment smtp = embeddedDefault().withProperty("spring.mail.host", "smtp.example.kr");
        assertThat(SpringAotGuard.differences(smtp)).isEqualTo(List.of("spring.mail.host=smtp.example.kr"));
    }
}
