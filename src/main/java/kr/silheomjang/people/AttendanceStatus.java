package kr.silheomjang.people;

/** 초대 → 참여 확정 → 안내 발송 → 재확인 → 참석 / 불참. Each step keeps the date it was reached. */
public enum AttendanceStatus {
    INVITED, CONFIRMED, INFORMED, RECONFIRMED, ATTENDED, ABSENT;

    public String messageKey() {
        return "people.status." + name();
    }
}
