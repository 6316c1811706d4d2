package kr.silheomjang.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

class LevelFirstLogFactoryTest {

    /** A message that counts how often it was turned into text. */
    private static final class Counted {
        final AtomicInteger made = new AtomicInteger();

        @Override
        public String toString() {
            made.incrementAndGet();
            return "made";
        }
    }

    @Test
    void commonsLoggingFindsItThroughTheServiceFile() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelFirstLogFactory.class);
        assertThat(LogFactory.getLog(LevelFirstLogFactoryTest.class)).isInstanceOf(LevelFirstLog.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverMadeOneAtItIs() {
        String name = "kr.silheomjang.test.levelfirst";
        Logger logback = (Logger) LoggerFactory.getLogger(name);
        logback.setLevel(Level.INFO);
        Log log = LogFactory.getLog(name);
        Counted message = new Counted();

        log.debug(message);
        log.trace(message, new IllegalStateException());
        assertThat(message.made).hasValue(0);
        assertThat(log.isDebugEnabled()).isFalse();

        log.info(message);
        assertThat(message.made).hasValue(1);

        logback.setLevel(Level.DEBUG);
        log.debug(message);
        assertThat(message.made).hasValue(2);
        assertThat(log.isDebugEnabled()).isTrue();
    }
}
