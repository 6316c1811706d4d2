package kr.silheomjang.planning;

import java.util.List;

import kr.silheomjang.experiment.MemberRole;

/**
 * One experiment's board as the caller may see it: columns in order with their cards, the members who can be assigned,
 * and what the caller may do; the labels and categories in use (sorted) are read once per node, not per open board.
 */
public record Board(long experimentId, List<ColumnView> columns, List<Person> members, MemberRole myRole,
        long myUserId, List<String> labelsInUse, List<String> categoriesInUse) {

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
}
