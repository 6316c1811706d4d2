package kr.silheomjang.collab.internal;

import java.lang.management.ManagementFactory;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Says at start-up when the node runs without the floor under its threads' allocation buffers that {@code jvm.options}
 * sets (decision note 0069): without it, the live-update delivery threads' buffers shrink to 2 KB in a quiet spell and
 * the next burst of changes costs the open pages about twice the CPU. An operator who started {@code java -jar} alone
 * reads why in the log.
 */
@Component
class JvmOptionsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JvmOptionsCheck.class);

    /** The floor jvm.options sets, in bytes. */
    static final long TLAB_FLOOR = 256 * 1024;

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        String warning = warning(minTlabSize());
        if (warning != null) {
            LOG.warn(warning);
        }
    }

    /** What to tell the operator about a node whose minimum TLAB size is {@code bytes} (null: unknown), or null. */
    static @Nullable String warning(@Nullable Long bytes) {
        if (bytes == null || bytes >= TLAB_FLOOR) {
            return null;
        }
        return "This node runs with -XX:MinTLABSize=" + bytes + " (bytes): start it with java @jvm.options ... so that "
                + "live updates after a quiet spell do not cost open pages twice the CPU (decision note 0069).";
    }

    private static @Nullable Long minTlabSize() {
        try {
            return Long.valueOf(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("MinTLABSize").getValue());
        } catch (RuntimeException notHotSpot) {
            return null; // another JVM: nothing to say
        }
    }
}
