package kr.silheomjang.collab;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A small notice that something of one experiment changed: what kind of thing, and which ids. Carries no data; views
 * re-read through their service, which also re-checks access.
 *
 * @param experimentId the experiment whose open views should hear of it
 * @param kind         what changed, declared by the module that owns it
 * @param ids          ids of the changed things (may be empty); for {@link WorkspaceLive#MEMBER_REMOVED} the removed
 *                     user's id
 * @param said         optionally, who did it and a message saying what, for the pages' screen-reader announcement
 *                     (others' changes only; the message key is resolved in each listener's language)
 */
public record LiveUpdate(long experimentId, LiveKind kind, List<Long> ids, @Nullable Said said) {

    public LiveUpdate {
        Objects.requireNonNull(kind, "kind");
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public LiveUpdate(long experimentId, LiveKind kind, @Nullable List<Long> ids) {
        this(experimentId, kind, ids, null);
    }

    /**
     * Who changed what, in words for a live region: {@code key} is a message key, {@code args} its arguments (names and
     * titles as the actor saw them).
     */
    public record Said(long actorId, String actorName, String key, List<String> args) {

        /** Marks an argument that is itself a message key, said in each listener's language (e.g. a status name). */
        public static final char WORD = '\u001F';

        public Said {
            args = List.copyOf(args);
        }

        /** An argument resolved in the listener's language: {@code word("people.status.ATTENDED")}. */
        public static String word(String messageKey) {
            return WORD + messageKey;
        }
    }

    /** The same update, carrying what a screen reader should say to the others. */
    public LiveUpdate saying(long actorId, String actorName, String key, String... args) {
        return new LiveUpdate(experimentId, kind, ids, new Said(actorId, actorName, key, List.of(args)));
    }

    /**
     * The topic of one person (their inbox, their memberships). The bus is keyed by experiment id; ids are positive,
     * so a person's own updates travel on minus their account id and never meet an experiment's.
     */
    public static long personTopic(long userId) {
        return -userId;
    }

    public static LiveUpdate of(long experimentId, LiveKind kind, Long... ids) {
        return new LiveUpdate(experimentId, kind, List.of(ids));
    }

    public static LiveUpdate of(long experimentId, LiveKind kind, Collection<Long> ids) {
        return new LiveUpdate(experimentId, kind, List.copyOf(ids));
    }

    public boolean is(LiveKind other) {
        return kind == other;
    }

    /** True when any update of the batch is of one of the kinds. */
    public static boolean any(Collection<LiveUpdate> updates, LiveKind... kinds) {
        for (LiveUpdate u : updates) {
            for (LiveKind k : kinds) {
                if (u.kind == k) {
                    return true;
                }
            }
        }
        return false;
    }
}
