package kr.silheomjang.people;

/** Narrows the participants grid; null parts match everything. */
public record ParticipantFilter(String text, ParticipantGroup group, AttendanceStatus status, PhotoConsent photo) {

    public static final ParticipantFilter ALL = new ParticipantFilter(null, null, null, null);
}
