package kr.silheomjang.shared;

import java.util.List;

/**
 * Something a person may want to be told about later, published by the service that did it (as a Spring application
 * event, inside its transaction): the notification module turns it into inbox rows once the change committed, and only
 * for people who may open what it points at. The publishing module knows nothing of inboxes or preferences.
 *
 * @param kind         what happened
 * @param experimentId where
 * @param actorId      who did it (never told about their own action); 0 for nobody (a scheduled scan)
 * @param actorName    the actor's name as shown then; empty for nobody
 * @param recipientIds who should hear of it; empty means "everyone the kind is for" (see the notification module)
 * @param targetId     what it points at: a card, event, survey or the experiment itself
 * @param subject      the thing's title as it was then (a card or survey title); never a participant's personal data
 */
public record Notable(Kind kind, long experimentId, long actorId, String actorName, List<Long> recipientIds,
        long targetId, String subject) {

    public Notable {
        recipientIds = List.copyOf(recipientIds);
    }

    /** The kinds a person can be notified of (issue 15). */
    public enum Kind {
        CARD_ASSIGNED, MENTIONED, CARD_DUE, CARD_OVERDUE, EVENT_TOMORROW, CONSENT_WITHDRAWN, SURVEY_ANSWERS,
        INVITATION_ACCEPTED, STAGE_MOVED
    }
}
