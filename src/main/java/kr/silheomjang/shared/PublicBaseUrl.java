package kr.silheomjang.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address people reach this installation at ({@code silheomjang.base-url}, e.g. {@code https://lab.example.kr}):
 * every link that leaves the app (invitations, survey links and QR codes, calendar feeds, mail opt-out links) and every
 * redirect is built from it, never from the request's Host header, which a client chooses.
 *
 * <p>Without it the app still works for someone on this machine ({@code http://localhost:<port>}), but such links
 * open nowhere else: pages that show them warn the owner ({@link #configured()}).
 */
@Component
public class PublicBaseUrl {

    private final String configured;
    private final Environment environment;

    PublicBaseUrl(@Value("${silheomjang.base-url:}") String configured, Environment environment) {
        String trimmed = configured.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.isEmpty()) {
            URI uri = URI.create(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalStateException(
                        "silheomjang.base-url must be an absolute http(s) address, e.g. https://lab.example.kr");
            }
        }
        this.configured = trimmed;
        this.environment = environment;
    }

    /** A fixed base URL, outside a Spring context (tests, tools). */
    public static PublicBaseUrl of(String url) {
        return new PublicBaseUrl(url, new org.springframework.core.env.StandardEnvironment());
    }

    /** Whether an operator set {@code silheomjang.base-url}; if not, links only work on this machine. */
    public boolean configured() {
        return !configured.isEmpty();
    }

    /** Scheme, host, port and context path, without a trailing slash. */
    public String url() {
        if (configured()) {
            return configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** An absolute link to {@code path} (which starts with a slash). */
    public String link(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }
}
