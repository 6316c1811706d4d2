package kr.silheomjang.topic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.CallerWords;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.topic.internal.TopicAnnouncements;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicCandidateRepository;

/**
 * What every topic service does around a write: lock the candidate row first (so concurrent writes to it and its
 * children queue in one order), check the version the user saw, note who saved last and announce the change on the
 * organisation-wide channel (and on the linked experiment's, see {@link TopicAnnouncements}). Package-private: the
 * services stay the authorization boundary.
 */
@Component
class TopicWrites {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final TopicCandidateRepository candidates;
    private final CurrentUser currentUser;
    private final TopicAnnouncements announcements;
    private final Clock clock;
    private final CallerWords words;

    TopicWrites(TopicCandidateRepository candidates, CurrentUser currentUser, TopicAnnouncements announcements,
            Clock clock, CallerWords words) {
        this.words = words;
        this.candidates = candidates;
        this.currentUser = currentUser;
        this.announcements = announcements;
        this.clock = clock;
    }

    TopicCandidate candidate(long candidateId) {
        return candidates.findById(candidateId).orElseThrow(() -> new UserFacingException("topic.error.notFound"));
    }

    TopicCandidate candidateForUpdate(long candidateId) {
        return candidates.findForUpdate(candidateId)
                .orElseThrow(() -> new UserFacingException("topic.error.notFound"));
    }

    TopicCandidate load(long candidateId, long expectedVersion) {
        TopicCandidate c = candidateForUpdate(candidateId);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException(c.getUpdatedByName(), c.getUpdatedAt());
        }
        return c;
    }

    /** Who saved last (for conflict messages) and the live announcement. */
    void touch(TopicCandidate c) {
        c.touch(clock.instant(), me().displayName());
        announce(TopicLive.CANDIDATES, c);
    }

    /** On the pool's channel, and on the experiment's once the candidate has one (its overview and list show it). */
    void announce(TopicLive kind, TopicCandidate c) {
        announcements.announce(kind, c);
    }

    AppUser me() {
        return currentUser.require();
    }

    /** Words stored for the team to edit, in the language of the person writing (see {@link CallerWords}). */
    CallerWords words() {
        return words;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SEOUL));
    }

    static @org.jspecify.annotations.Nullable String cutOrNull(@org.jspecify.annotations.Nullable String s,
            int max) {
        return s == null ? null : cut(s, max);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
