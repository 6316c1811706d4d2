package kr.silheomjang.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** jvm.options is a file the java launcher takes, sets the floor the check expects, and every start uses it. */
class JvmOptionsCheckTest {

    @Test
    void theLauncherTakesTheFileAndSetsTheFloor() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "@" + Path.of("jvm.options").toAbsolutePath(),
                "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().filter(l -> l.contains(" MinTLABSize ")).findFirst()).hasValueSatisfying(line -> {
            assertThat(line).contains("= " + JvmOptionsCheck.TLAB_FLOOR).contains("{command line}");
        });
    }

    @Test
    void thisTestJvmAndEveryScriptedStartUseTheFile() throws IOException {
        // The pom gives the test JVMs the file (argLine), so this JVM has the floor: no warning.
        assertThat(JvmOptionsCheck.warning(Long.valueOf(
                java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption("MinTLABSize").getValue())))
                .isNull();
        for (String start : List.of("scripts/two-nodes.sh", "scripts/startup-benchmark.sh",
                "src/test/java/kr/silheomjang/e2e/LiveScaleBenchmarkIT.java", "pom.xml")) {
            assertThat(Files.readString(Path.of(start))).as(start).contains("jvm.options");
        }
    }

    @Test
    void aNodeWithoutTheFloorIsToldWhy() {
        assertThat(JvmOptionsCheck.warning(2048L)).contains("java @jvm.options").contains("0069");
        assertThat(JvmOptionsCheck.warning(JvmOptionsCheck.TLAB_FLOOR)).isNull();
        assertThat(JvmOptionsCheck.warning(null)).isNull();
    }
}
