package kr.silheomjang.experiment;

import java.time.Instant;

/**
 * One audit record. {@code detail} holds machine-readable parts (field keys, stage names, a person and a role) that the
 * UI turns into words in the user's language.
 */
public record ActivityView(long id, String actorName, ActivityAction action, String detail, Instant at) {

    /** Stands for an e-mail address left out of what a partner guest sees. */
    public static final String HIDDEN = "*";

    /** The entry without the addresses of people invited (what partner guests see). */
    public ActivityView withoutAddresses() {
        return switch (action) {
            case MEMBER_INVITED -> new ActivityView(id, actorName, action,
                    HIDDEN + (detail != null && detail.contains("|") ? detail.substring(detail.indexOf('|')) : ""), at);
            case INVITATION_REVOKED -> new ActivityView(id, actorName, action, HIDDEN, at);
            default -> this;
        };
    }
}
