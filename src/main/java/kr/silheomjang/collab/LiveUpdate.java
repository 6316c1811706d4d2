package kr.silheomjang.collab;

import java.util.List;

/**
 * A small notice that something of one experiment changed: what kind of thing, and which ids. Carries no data; views
 * re-read through their service, which also re-checks access.
 *
 * @param experimentId the experiment whose open views should hear of it
 * @param kind         what changed, one of the constants below or a feature's own
 * @param ids          ids of the changed things (may be empty); for {@link #MEMBER_REMOVED} the removed user's id
 */
public record LiveUpdate(long experimentId, String kind, List<Long> ids) {

    public static final String EXPERIMENT = "experiment";
    public static final String MEMBERS = "members";
    public static final String MEMBER_REMOVED = "member-removed";
    public static final String ACTIVITY = "activity";
    public static final String PRESENCE = "presence";

    public LiveUpdate {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public static LiveUpdate of(long experimentId, String kind, Long... ids) {
        return new LiveUpdate(experimentId, kind, List.of(ids));
    }
}
