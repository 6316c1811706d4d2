package kr.silheomjang.people;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.MemberRole;

/**
 * A member of the experiment a staff-roster line can be linked to, as the staff dialog's picker shows them: display
 * name and role, never the address. Equality by account id, so a picked account stays picked when the list is read
 * again (a new display name or role). {@code role} is null only for an account the dialog holds that is no longer
 * among the members (it left a moment ago; its removal unlinks the line).
 */
public record LinkableAccount(long userId, String displayName, @Nullable MemberRole role) {

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkableAccount other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
