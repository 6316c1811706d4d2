package kr.silheomjang.collab;

/**
 * What kind of thing a {@link LiveUpdate} announces. Each module declares its kinds in one enum implementing this
 * (e.g. {@code PlanningLive}); views subscribe to the kinds they show. {@code ModuleStructureTest} fails when a kind is
 * published but nobody listens, or listened to but never published.
 */
public interface LiveKind {

    /** Stable name on the wire (Redis messages); unique across modules. */
    String key();
}
