package kr.silheomjang.ui;

import org.jspecify.annotations.Nullable;

/**
 * For input kept outside a {@link LiveForm} across live updates: the version the user's typing began over. Their save
 * is checked against it, not against the latest version heard of, so a co-planner's save in between is a conflict,
 * however many live updates came since (decision note 0063).
 */
public final class TypedOver {

    private @Nullable Long from;

    /** Call on each value change: the first one made by the user fixes the version their typing began over. */
    public void changed(boolean byUser, long current) {
        if (byUser && from == null) {
            from = current;
        }
    }

    /** Whether the user has typed since the last {@link #done}. */
    public boolean typing() {
        return from != null;
    }

    /** The version to save against: the one the typing began over, else the current one. */
    public long basedOn(long current) {
        return from != null ? from : current;
    }

    /** Saved, or the conflict was explained: what comes next begins over the then current version. */
    public void done() {
        from = null;
    }
}
