package kr.silheomjang.experiment;

/** What an activity entry records; the UI renders each with its own message. */
public enum ActivityAction {
    EXPERIMENT_CREATED, EXPERIMENT_UPDATED, STAGE_CHANGED, ARCHIVED, RESTORED,
    MEMBER_INVITED, INVITATION_REVOKED, MEMBER_JOINED, MEMBER_ROLE_CHANGED, MEMBER_REMOVED, GUEST_SCOPE_CHANGED,
    /** A stage checklist item marked "해당 없음"; detail: item key|reason. */
    CHECK_NOT_APPLICABLE,
    /** The mark taken back; detail: item key. */
    CHECK_APPLICABLE_AGAIN,
    /** The owner closed the experiment: read-only from then on. */
    CLOSED,
    /** The owner closed the books (결산 마감): expenses read-only until reopened. */
    BUDGET_SETTLED,
    /** The owner reopened the books. */
    BUDGET_REOPENED,
    /** A member's account was deleted (by them or an administrator), so they left; recorded without their name. */
    ACCOUNT_DELETED;

    public String messageKey() {
        return "activity." + name();
    }
}
