package kr.silheomjang.people;

/** Which part someone plays in the experiment (the guide's groups). */
public enum ParticipantGroup {
    PARTICIPANT, PROPOSER, PRESENTER, MODERATOR, FACILITATOR, STAFF, FILM_CREW, PARTNER;

    public String messageKey() {
        return "people.group." + name();
    }
}
