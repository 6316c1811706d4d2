package kr.silheomjang.planning;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.internal.ChecklistItem;
import kr.silheomjang.planning.internal.ChecklistItemRepository;
import kr.silheomjang.planning.internal.PlanningSupport;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Ranks;
import kr.silheomjang.shared.UserFacingException;

/**
 * A card's checklist: add, edit, tick, remove. Same rights as editing the card (partner guests only on cards assigned
 * to them); the card is locked first, so two ticks on one card queue instead of racing.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ChecklistService {

    private final ChecklistItemRepository checklist;
    private final PlanningSupport support;
    private final ExperimentAccess access;
    private final Clock clock;

    ChecklistService(ChecklistItemRepository checklist, PlanningSupport support, ExperimentAccess access,
            Clock clock) {
        this.checklist = checklist;
        this.support = support;
        this.access = access;
        this.clock = clock;
    }

    public long addChecklistItem(long experimentId, long cardId, @Nullable String text) {
        MemberRole role = access.requireMember(experimentId);
        support.editableCard(experimentId, cardId, role);
        String clean = checked(text);
        List<ChecklistItem> items = checklist.findByCardIdOrderBySortKeyAscIdAsc(cardId);
        String next = Ranks.after(items.isEmpty() ? null : items.get(items.size() - 1).getSortKey());
        ChecklistItem item = checklist.save(new ChecklistItem(cardId, next, clean));
        support.record(cardId, "CHECKLIST_ADDED", clean);
        support.announce(experimentId, cardId);
        return item.getId();
    }

    /**
     * Changes an item's text if nobody changed its text since {@code expectedVersion}, the text version the editor
     * showed ({@link CardDetails.ChecklistLine#version()}); otherwise refuses, naming who did, and writes nothing. A
     * co-planner's tick meanwhile is no reason to refuse: it changed whether the item is done, not what it says, and
     * the tick stays. Removed meanwhile: said to be gone. The same rights and the same message for an empty or too long
     * text as adding.
     */
    public void editChecklistItem(long experimentId, long cardId, long itemId, long expectedVersion,
            @Nullable String text) {
        MemberRole role = access.requireMember(experimentId);
        support.editableCard(experimentId, cardId, role);
        String clean = checked(text);
        ChecklistItem item = itemOf(cardId, itemId);
        if (item.getTextVersion() != expectedVersion) {
            if (item.getUpdatedByName() == null) {
                // Changed without a name (nothing in the app does that): the plain conflict, never an empty name.
                throw new ObjectOptimisticLockingFailureException(ChecklistItem.class, itemId);
            }
            throw new ConflictException(item.getUpdatedByName(), item.getUpdatedAt());
        }
        String before = item.getText();
        if (clean.equals(before)) {
            return;
        }
        item.editText(clean, clock.instant(), support.me().displayName());
        support.record(cardId, "CHECKLIST_EDITED", PlanningSupport.beforeAfter(before, clean));
        support.announce(experimentId, cardId);
    }

    public void tick(long experimentId, long cardId, long itemId, boolean done) {
        MemberRole role = access.requireMember(experimentId);
        support.editableCard(experimentId, cardId, role);
        ChecklistItem item = itemOf(cardId, itemId);
        if ((item.getDoneAt() != null) == done) {
            return;
        }
        // The text version stays: an edit of the text begun before this tick still saves (the tick is kept).
        item.setDoneAt(done ? clock.instant() : null);
        support.record(cardId, done ? "CHECKED" : "UNCHECKED", item.getText());
        support.announce(experimentId, cardId);
    }

    public void removeChecklistItem(long experimentId, long cardId, long itemId) {
        MemberRole role = access.requireMember(experimentId);
        support.editableCard(experimentId, cardId, role);
        ChecklistItem item = itemOf(cardId, itemId);
        checklist.delete(item);
        support.record(cardId, "CHECKLIST_REMOVED", item.getText());
        support.announce(experimentId, cardId);
    }

    /** The text of an item to add or save, or the refusal: the same for both. */
    private static String checked(@Nullable String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > ChecklistItem.MAX_TEXT) {
            throw new UserFacingException("planning.error.checklist.text");
        }
        return clean;
    }

    private ChecklistItem itemOf(long cardId, long itemId) {
        // Said as what it is: "card or column not found" named the wrong thing after a co-planner removed the item.
        return checklist.findById(itemId).filter(i -> i.getCardId() == cardId)
                .orElseThrow(() -> new UserFacingException("planning.error.checklistItemGone"));
    }
}
