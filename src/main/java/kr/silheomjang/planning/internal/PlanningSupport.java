package kr.silheomjang.planning.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;

/**
 * What every planning service needs after its access check: finding and locking a card or column of the experiment,
 * the card history, the live announcement. One place, so the board's services cannot drift apart in how they refuse
 * a card of another experiment or lock before writing. Runs inside the calling service's transaction.
 */
@Component
public class PlanningSupport {

    private final CardRepository cards;
    private final BoardColumnRepository columns;
    private final CardHistoryRepository history;
    private final BoardLocks locks;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanningSupport(CardRepository cards, BoardColumnRepository columns, CardHistoryRepository history,
            BoardLocks locks, ExperimentService experiments, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.columns = columns;
        this.history = history;
        this.locks = locks;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The card (unlocked) if it belongs to the experiment. */
    public Card cardOf(long experimentId, long cardId) {
        return cards.findById(cardId).filter(c -> c.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    /**
     * The card, locked until the transaction ends and read as committed now. Every write to a card or its rows takes
     * this lock first (after the columns, when a move needs them): see {@link BoardLocks}.
     */
    public Card lockedCard(long experimentId, long cardId) {
        return locks.card(experimentId, cardId).orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    /** The card, locked, if the caller may change it: editors always, partner guests only when assigned to it. */
    public Card editableCard(long experimentId, long cardId, MemberRole role) {
        Card c = lockedCard(experimentId, cardId);
        if (!role.canEdit() && !c.getAssigneeIds().contains(me().id())) {
            throw new AccessDeniedException("Partner guests edit only cards assigned to them");
        }
        return c;
    }

    /** The column a card is in now (unlocked: a move locks it next and checks it did not change meanwhile). */
    public long columnOfCard(long experimentId, long cardId) {
        return cards.columnOf(experimentId, cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    public BoardColumn columnOf(long experimentId, long columnId) {
        return columns.findById(columnId).filter(c -> c.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("planning.error.notFound"));
    }

    public static int indexOf(List<BoardColumn> cols, long columnId) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).getId() == columnId) {
                return i;
            }
        }
        throw new UserFacingException("planning.error.notFound");
    }

    /** Member display names to ids, for "@이름" mentions. */
    public Map<String, Long> memberNames(long experimentId) {
        Map<String, Long> names = new HashMap<>();
        experiments.get(experimentId).members().forEach(m -> names.put(m.displayName(), m.userId()));
        return names;
    }

    public void record(long cardId, String action, @Nullable String detail) {
        history.save(new CardHistoryEntry(cardId, me().displayName(), action, detail, clock.instant()));
    }

    public void announce(long experimentId, Long... cardIds) {
        events.publishEvent(LiveUpdate.of(experimentId, PlanningLive.BOARD, cardIds));
    }

    /** Like {@link #announce}, with what co-planners' screen readers say (message key, arguments after the actor). */
    public void announceSaying(long experimentId, long cardId, String key, String... args) {
        AppUser me = me();
        events.publishEvent(LiveUpdate.of(experimentId, PlanningLive.BOARD, cardId)
                .saying(me.id(), me.displayName(), key, args));
    }

    public AppUser me() {
        return currentUser.require();
    }

    /** Longest history detail (card_history.detail, VARCHAR(500)). */
    private static final int MAX_DETAIL = 500;

    /**
     * A history detail of a changed text, "before → after", each part cut (with "…") so that both fit the detail:
     * what it said is kept as far as it goes, as for a removed item's text.
     */
    public static String beforeAfter(String before, String after) {
        String arrow = " → ";
        String whole = before + arrow + after;
        if (whole.length() <= MAX_DETAIL) {
            return whole;
        }
        int each = (MAX_DETAIL - arrow.length()) / 2;
        return cut(before, each) + arrow + cut(after, each);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    public static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
