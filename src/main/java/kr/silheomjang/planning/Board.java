package kr.silheomjang.planning;

import java.util.List;

import kr.silheomjang.experiment.MemberRole;

/**
 * One experiment's board as the caller may see it: columns in order with their cards, the members who can be assigned,
 * and what the caller may do.
 */
public record Board(long experimentId, List<ColumnView> columns, List<Person> members, MemberRole myRole,
        long myUserId) {

    public record Person(long userId, String displayName, MemberRole role) {
    }

    public boolean canManage() {
        return myRole.canEdit();
    }

    /** Whether the caller may edit (and move) this card: editors always; partner guests only their own cards. */
    public boolean canEdit(CardSummary card) {
        return myRole.canEdit() || card.assigneeIds().contains(myUserId);
    }

    public String nameOf(long userId) {
        return members.stream().filter(p -> p.userId() == userId).map(Person::displayName).findFirst().orElse("?");
    }

    public List<String> labelsInUse() {
        return columns.stream().flatMap(c -> c.cards().stream()).flatMap(c -> c.labels().stream()).distinct().sorted()
                .toList();
    }

    /**
     * Sorted like the labels: in card order, moving one card reordered them, and every open board rebuilt its
     * category choice on every move (issue #21).
     */
    public List<String> categoriesInUse() {
        return columns.stream().flatMap(c -> c.cards().stream()).map(CardSummary::category)
                .filter(c -> c != null && !c.isEmpty()).distinct().sorted().toList();
    }
}
