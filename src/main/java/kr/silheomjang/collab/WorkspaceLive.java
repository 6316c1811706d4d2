package kr.silheomjang.collab;

/** Kinds every experiment page may care about, whichever feature it shows. */
public enum WorkspaceLive implements LiveKind {
    /** The experiment itself (title, stage, dates, archived). */
    EXPERIMENT("experiment"),
    /** Members joined, left or changed role. */
    MEMBERS("members"),
    /** One member was removed; ids hold the removed user's id. Every experiment page leaves for that user. */
    MEMBER_REMOVED("member-removed"),
    /**
     * One person's own experiments changed: they started or joined one, were removed from one, or their role changed.
     * Published on the person's topic ({@link LiveUpdate#personTopic}), not an experiment's; ids hold the experiment
     * id. Pages listing "my experiments" follow it to start (or stop) hearing an experiment.
     */
    MEMBERSHIPS("memberships"),
    /** A new entry in the activity feed. */
    ACTIVITY("activity"),
    /** Someone opened or left a page of the experiment. */
    PRESENCE("presence"),
    /** Someone opened or left a form, or moved to another field in it (see {@code PresenceRegistry.enterForm}). */
    FORMS("forms");

    private final String key;

    WorkspaceLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
