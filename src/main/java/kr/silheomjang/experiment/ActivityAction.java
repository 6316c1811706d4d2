package kr.silheomjang.experiment;

/** What an activity entry records; the UI renders each with its own message. */
public enum ActivityAction {
    EXPERIMENT_CREATED, EXPERIMENT_UPDATED, STAGE_CHANGED, ARCHIVED, RESTORED,
    MEMBER_INVITED, INVITATION_REVOKED, MEMBER_JOINED, MEMBER_ROLE_CHANGED, MEMBER_REMOVED, GUEST_SCOPE_CHANGED;

    public String messageKey() {
        return "activity." + name();
    }
}
