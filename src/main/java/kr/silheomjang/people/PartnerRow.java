package kr.silheomjang.people;

import java.time.Instant;
import java.util.List;

/** A partner organisation and the guest accounts invited for it. Equality by id. */
public record PartnerRow(long id, long version, String name, String contactPerson, String contact, String role,
        String contributions, List<PartnerGuestView> guests, Instant updatedAt, String updatedByName) {

    public PartnerDraft toDraft() {
        return new PartnerDraft(name, contactPerson, contact, role, contributions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartnerRow other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    /**
     * One invited address: {@code memberId} is set while it has access (invitation accepted, not removed); revoking
     * removes that membership.
     */
    public record PartnerGuestView(String email, Instant invitedAt, Long memberId, String displayName) {

        public boolean hasAccess() {
            return memberId != null;
        }
    }
}
