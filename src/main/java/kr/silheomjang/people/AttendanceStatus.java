package kr.silheomjang.people;

/**
 * 초대 → 참여 확정 → 안내 발송 → 재확인 → 참석 / 불참. Each of these steps keeps the date it was reached.
 *
 * <p>Public recruitment (모집) adds the steps before: 신청 (applied through the form) → 선정 / 대기 / 미선정, and 취소
 * (the person cancelled); these are dated by the application itself, not by a date column.
 */
public enum AttendanceStatus {
    APPLIED, SELECTED, WAITLISTED, DECLINED,
    INVITED, CONFIRMED, INFORMED, RECONFIRMED, ATTENDED, ABSENT,
    CANCELLED;

    public String messageKey() {
        return "people.status." + name();
    }

    /** Whether the participant row keeps the date this step was reached (the recruitment steps do not). */
    public boolean dated() {
        return switch (this) {
            case INVITED, CONFIRMED, INFORMED, RECONFIRMED, ATTENDED, ABSENT -> true;
            default -> false;
        };
    }

    /** A step of public recruitment (shown only when someone is at it). */
    public boolean recruitment() {
        return !dated();
    }

    /**
     * Expected at the door on the run day (check-in list and counters, sign-in sheet): not 불참, and not an applicant
     * still waiting, waitlisted, not selected or cancelled.
     */
    public boolean expectedOnTheDay() {
        return switch (this) {
            case APPLIED, WAITLISTED, DECLINED, CANCELLED, ABSENT -> false;
            default -> true;
        };
    }

    /**
     * On the run day's list: expected at the door, or marked 불참 (expected, and did not come). The check-in list, the
     * follow-up mail's attended / did-not-attend segments and the archive's 촬영 불가 list all go by it; an applicant
     * never selected, waitlisted, not selected or cancelled is on none of them.
     */
    public boolean onTheDayList() {
        return expectedOnTheDay() || this == ABSENT;
    }

    /** Holding one of the places of a recruitment's capacity. */
    public boolean holdsPlace() {
        return switch (this) {
            case SELECTED, CONFIRMED, INFORMED, RECONFIRMED, ATTENDED -> true;
            default -> false;
        };
    }
}
