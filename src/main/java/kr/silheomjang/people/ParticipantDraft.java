package kr.silheomjang.people;

/** What a planner types for one participant (new or edited). Blank texts are stored as nothing. */
public record ParticipantDraft(String name, String phone, String email, ParticipantGroup group,
        AttendanceStatus status, PhotoConsent photoConsent, String accessibilityNeeds, String dietaryNeeds,
        String notes) {

    public static ParticipantDraft named(String name) {
        return new ParticipantDraft(name, null, null, ParticipantGroup.PARTICIPANT, AttendanceStatus.INVITED,
                PhotoConsent.REFUSED, null, null, null);
    }

    public ParticipantDraft withStatus(AttendanceStatus s) {
        return new ParticipantDraft(name, phone, email, group, s, photoConsent, accessibilityNeeds, dietaryNeeds,
                notes);
    }

    public ParticipantDraft withGroup(ParticipantGroup g) {
        return new ParticipantDraft(name, phone, email, g, status, photoConsent, accessibilityNeeds, dietaryNeeds,
                notes);
    }

    public ParticipantDraft withPhotoConsent(PhotoConsent p) {
        return new ParticipantDraft(name, phone, email, group, status, p, accessibilityNeeds, dietaryNeeds, notes);
    }

    public ParticipantDraft withContacts(String newPhone, String newEmail) {
        return new ParticipantDraft(name, newPhone, newEmail, group, status, photoConsent, accessibilityNeeds,
                dietaryNeeds, notes);
    }
}
