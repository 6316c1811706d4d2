package kr.silheomjang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Refuses to start in Spring AOT mode ({@code -Dspring.aot.enabled=true}) with settings other than those the build
 * evaluated the conditions with. The build (`process-aot`) fixes which beans exist for the embedded default: the local
 * live bus, the demo workspace, no SMTP, no profile. A node started that way with {@code silheomjang.live-bus=redis}
 * would silently keep the local bus, and the {@code mysql} profile would get the demo workspace; a clear refusal is
 * better. Without the flag (the usual start) the conditions are evaluated at start and this does nothing
 * (decision note 0050).
 */
final class SpringAotGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The settings that decide which beans exist (conditions); the build saw them as application.properties has them. */
    static final List<String> DECIDING = List.of("silheomjang.live-bus", "silheomjang.demo-data", "spring.mail.host");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts()) {
            List<String> differing = differences(event.getEnvironment());
            if (!differing.isEmpty()) {
                throw new IllegalStateException("Spring AOT mode (-Dspring.aot.enabled=true) was built for the embedded"
                        + " default, but this start differs in " + differing + ". Start without"
                        + " -Dspring.aot.enabled=true (the AOT cache alone is fine), or build with these settings.");
            }
        }
    }

    static List<String> differences(Environment environment) {
        Properties built = builtWith();
        List<String> differing = new ArrayList<>();
        if (environment.getActiveProfiles().length > 0) {
            differing.add("profiles " + Arrays.toString(environment.getActiveProfiles()));
        }
        for (String name : DECIDING) {
            String now = environment.getProperty(name, "").trim();
            if (!built.getProperty(name, "").trim().equals(now)) {
                differing.add(name + "=" + now);
            }
        }
        return differing;
    }

    private static Properties builtWith() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
