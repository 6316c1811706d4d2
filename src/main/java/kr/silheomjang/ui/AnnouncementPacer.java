package kr.silheomjang.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * At most one announcement per interval: a sentence offered while the last one is younger than the interval waits, and
 * everything that waited is said together at the next slot as the latest sentence plus "and n more" (a screen reader
 * interrupted every few hundred milliseconds says nothing useful). Not thread-safe: used inside one UI's lock.
 */
final class AnnouncementPacer {

    private final Duration interval;
    private final IntFunction<String> more;
    private final List<String> pending = new ArrayList<>();
    private @Nullable Instant lastSaid;
    private boolean flushPlanned;

    /** @param more the words for "and n more", e.g. "(외 2건)" */
    AnnouncementPacer(Duration interval, IntFunction<String> more) {
        this.interval = interval;
        this.more = more;
    }

    /** What happens to a new sentence: said now, or a flush to plan after the returned delay (empty when planned). */
    sealed interface Next {
        record SayNow(String text) implements Next {
        }

        record FlushIn(Duration delay) implements Next {
        }

        record Wait() implements Next {
        }
    }

    Next offer(String sentence, Instant now) {
        pending.add(sentence);
        if (flushPlanned) {
            return new Next.Wait();
        }
        if (lastSaid == null || !now.isBefore(lastSaid.plus(interval))) {
            return new Next.SayNow(flush(now).orElseThrow());
        }
        flushPlanned = true;
        return new Next.FlushIn(Duration.between(now, lastSaid.plus(interval)));
    }

    /** The planned slot came: everything waiting, as one sentence (empty if nothing waits). */
    Optional<String> flush(Instant now) {
        flushPlanned = false;
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        String latest = pending.getLast();
        int others = pending.size() - 1;
        pending.clear();
        lastSaid = now;
        return Optional.of(others == 0 ? latest : latest + " " + more.apply(others));
    }
}
