package kr.silheomjang.experiment;

/** A person's role in one experiment. Roles are per experiment, never global. */
public enum MemberRole {
    OWNER, PLANNER, PARTNER_GUEST;

    /** Owners and planners edit; partner guests read and comment. */
    public boolean canEdit() {
        return this != PARTNER_GUEST;
    }

    public String messageKey() {
        return "role." + name();
    }
}
