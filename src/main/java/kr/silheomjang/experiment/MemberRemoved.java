package kr.silheomjang.experiment;

/**
 * Published inside the transaction that removes a member from an experiment, after the membership row is deleted:
 * features drop what points to the member's account in that experiment with {@code @EventListener} (a staff-roster
 * line's link, decision note 0067), so a failure rolls the removal back and no such link outlives the membership.
 *
 * @param removedByName who removed them (the owner), for "changed by" lines
 */
public record MemberRemoved(long experimentId, long userId, String removedByName) {
}
