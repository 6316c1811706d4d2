package kr.silheomjang.people;

/** Whether a sign-up form takes sign-ups now, and if not, why (each has a plain Korean sentence). */
public enum FormState {
    /** The owner has not opened it (or closed it by hand). */
    OFF,
    NOT_YET_OPEN,
    OPEN,
    CLOSED,
    /** The limit on sign-ups is reached. */
    FULL;

    public String messageKey() {
        return "recruit.form.state." + name();
    }
}
