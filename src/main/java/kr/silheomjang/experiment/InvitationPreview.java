package kr.silheomjang.experiment;

/** What an invitation link shows before it is accepted. */
public record InvitationPreview(Status status, String experimentTitle, String email, MemberRole role,
        boolean accountExists) {

    public enum Status {
        VALID, EXPIRED, USED, INVALID, CLOSED
    }

    static InvitationPreview invalid(Status status) {
        return new InvitationPreview(status, null, null, null, false);
    }
}
