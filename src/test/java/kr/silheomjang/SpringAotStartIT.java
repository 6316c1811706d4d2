package kr.silheomjang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar in Spring AOT mode (decision note 0050): the bean definitions the build generated start the embedded
 * default and serve the login page, and a start with settings the build did not see is refused by name instead of
 * silently running the build's beans.
 */
class SpringAotStartIT {

    private static final String MEMORY_DB = "jdbc:h2:mem:aot;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    @Test
    void theEmbeddedDefaultStartsFromTheGeneratedBeanDefinitions() throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("aot-start", ".log");
        Process app = start(log, "--server.port=" + port,
                "--logging.level.org.springframework.beans.factory.support.DefaultListableBeanFactory=debug");
        try {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            // Ready (readiness UP) comes after the demo workspace was written: the whole start ran.
            String readiness = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline && app.isAlive() && !"UP".equals(readiness)) {
                try {
                    HttpResponse<String> ready = get(http, port, "/actuator/health/readiness");
                    readiness = ready.body().contains("\"status\":\"UP\"") ? "UP" : ready.body();
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            assertThat(readiness).as("not ready; see %s", log).isEqualTo("UP");
            String started = Files.readString(log);
            assertThat(started).contains("Starting AOT-processed Application");
            // Repositories stay lazy as in a usual start (decision note 0055): none is built while the context starts.
            String refresh = started.substring(0, started.indexOf("Started Application"));
            assertThat(refresh).contains("Creating shared instance of singleton bean 'budgetService'")
                    .doesNotContainPattern("Creating shared instance of singleton bean '\\w+Repository'");
            assertThat(get(http, port, "/login").statusCode()).isEqualTo(200);
            // A page needs a login.
            HttpResponse<String> home = get(http, port, "/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRedisNodeIsRefusedByName() throws Exception {
        Path log = Files.createTempFile("aot-refused", ".log");
        Process app = start(log, "--server.port=" + freePort(), "--silheomjang.live-bus=redis");
        assertThat(app.waitFor(180, TimeUnit.SECONDS)).as("still running; see %s", log).isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(Files.readString(log)).contains("differs in [silheomjang.live-bus=redis]");
    }

    private static Process start(Path log, String... arguments) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("silheomjang-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("No packaged jar in target/ (failsafe runs after package)"));
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.aot.enabled=true",
                "-jar", jar.toAbsolutePath().toString(), "--spring.datasource.url=" + MEMORY_DB));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
