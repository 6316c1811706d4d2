package kr.silheomjang.notification;

import java.util.EnumSet;
import java.util.Set;

import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.shared.Notable.Kind;

/**
 * Who may hear of what, and where each notification leads. Partner guests get the least they need (decision note
 * 0009): they hear of their cards, mentions, events and stage moves, never of consents, survey answers or who joined,
 * which they cannot open.
 */
public final class NotificationRules {

    /** Kinds only owners and planners are told about (what they point at is editors-only). */
    public static final Set<Kind> EDITORS_ONLY = EnumSet.of(Kind.CONSENT_WITHDRAWN, Kind.SURVEY_ANSWERS,
            Kind.INVITATION_ACCEPTED);

    /** Kinds counted per survey per day into one notification instead of one each. */
    public static final Set<Kind> BATCHED = EnumSet.of(Kind.SURVEY_ANSWERS);

    private NotificationRules() {
    }

    /** Whether a member with this role may be told about this kind. */
    public static boolean mayHear(Kind kind, MemberRole role) {
        return role.canEdit() || !EDITORS_ONLY.contains(kind);
    }

    /**
     * The exact place a notification leads to (a router link, relative to the app): the card's or event's dialog, the
     * withdrawn consent's line in the proposer tab (the subject is its kind), the survey's results, the new member in
     * the overview's team, the overview with its stage guide.
     */
    public static String href(Kind kind, long experimentId, long targetId, String subject) {
        String base = "experiments/" + experimentId;
        return switch (kind) {
            case CARD_ASSIGNED, MENTIONED, CARD_DUE, CARD_OVERDUE -> base + "/board?card=" + targetId;
            case EVENT_TOMORROW -> base + "/schedule?event=" + targetId;
            case CONSENT_WITHDRAWN -> base + "/people?tab=proposer"
                    + (subject.matches("[A-Z_]{1,40}") ? "&consent=" + subject : "");
            case SURVEY_ANSWERS -> base + "/surveys/" + targetId + "/results";
            case INVITATION_ACCEPTED -> base + "?member=" + targetId;
            case STAGE_MOVED -> base;
        };
    }

    /**
     * The message key that says a stored subject in words (a stage, consent kind or role is stored by name), or null
     * when the subject is a title to show as it is.
     */
    public static @org.jspecify.annotations.Nullable String subjectKey(Kind kind, String subject) {
        return switch (kind) {
            case STAGE_MOVED -> "stage." + subject;
            case CONSENT_WITHDRAWN -> "people.consent.kind." + subject;
            case INVITATION_ACCEPTED -> "role." + subject;
            default -> null;
        };
    }

    /** Message key of a kind's one-line text ({0} actor, {1} subject, {2} count). */
    public static String messageKey(Notable.Kind kind) {
        return "notification.kind." + kind.name();
    }
}
