package kr.silheomjang.collab;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A small notice that something of one experiment changed: what kind of thing, and which ids. Carries no data; views
 * re-read through their service, which also re-checks access.
 *
 * @param experimentId the experiment whose open views should hear of it
 * @param kind         what changed, declared by the module that owns it
 * @param ids          ids of the changed things (may be empty); for {@link WorkspaceLive#MEMBER_REMOVED} the removed
 *                     user's id
 */
public record LiveUpdate(long experimentId, LiveKind kind, List<Long> ids) {

    public LiveUpdate {
        Objects.requireNonNull(kind, "kind");
        ids = ids == null ? List.of() : List.copyOf(ids);
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
