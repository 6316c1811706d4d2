package kr.silheomjang.topic;

import kr.silheomjang.collab.LiveKind;

/**
 * The live-update kinds of topic selection. The pool belongs to no experiment, so its updates travel on the
 * organisation-wide channel {@link #CHANNEL} of the same bus (decision note 0017).
 */
public enum TopicLive implements LiveKind {
    /** A candidate was added, changed, imported, moved in the pipeline or decided; ids hold candidate ids. */
    CANDIDATES("topic-candidates"),
    /** A planner's screening note or score changed; ids hold the candidate id. */
    SCREENING("topic-screening"),
    /** Outreach to a candidate's proposer: the log, meeting notes, notice and consents. */
    OUTREACH("topic-outreach");

    /**
     * The bus channel of everything organisation-wide. Experiment ids start at 1, so 0 names no experiment; no
     * experiment page subscribes to it and {@code ExperimentAccess} never caches anything for it.
     */
    public static final long CHANNEL = 0L;

    private final String key;

    TopicLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
