package kr.silheomjang.followup;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the retrospective tab shows: the per-party links, every item (from the links and from members in the app) and
 * the "next time" actions. {@code linkAnswersShown} is false for a partner guest whom the owner shows no notes: the
 * answers by link (free text) are then left out of {@code items}.
 */
public record RetroBoard(List<Link> links, List<Item> items, List<Action> actions, boolean canEdit, boolean owner,
        boolean linkAnswersShown) {

    /** The items of one party and kind, oldest first. */
    public List<Item> items(RetroParty party, RetroKind kind) {
        return items.stream().filter(i -> i.party() == party && i.kind() == kind).toList();
    }

    /**
     * A party's public form: its address and how many answered. {@code url} is null for a partner guest unless the
     * party is theirs (the address lets whoever holds it answer as that party).
     */
    public record Link(RetroParty party, long surveyId, @Nullable String url, long responses) {
    }

    /**
     * One item. {@code ref} names its source ("a:" + survey answer id, or "m:" + in-app entry id); {@code author} is
     * the member's name for in-app entries, null for anonymous answers by link.
     */
    public record Item(String ref, RetroParty party, RetroKind kind, String text, @Nullable String author,
            Instant at) {

        public boolean byLink() {
            return ref.startsWith("a:");
        }
    }

    /** A "next time" action, and its proposal to a planning template item (if any). */
    public record Action(long id, long version, String text, RetroParty party, RetroKind kind, String sourceRef,
            ProposalStatus proposal, @Nullable Long templateItemId, @Nullable String templateItemTitle,
            String updatedByName, Instant updatedAt) {
    }
}
