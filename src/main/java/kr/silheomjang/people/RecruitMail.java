package kr.silheomjang.people;

import java.util.Set;

/**
 * The recruitment's mails, each with a personal link: to whom (by step) and the step it moves them to when sent (안내
 * 발송 for the event information). The waitlist offer goes out by itself when a place frees up.
 */
public enum RecruitMail {
    SELECTION(Set.of(AttendanceStatus.SELECTED)),
    EVENT_INFO(Set.of(AttendanceStatus.CONFIRMED)),
    // Selected people who have not answered yet are asked too: the link lets them confirm or cancel.
    RECONFIRM(Set.of(AttendanceStatus.SELECTED, AttendanceStatus.CONFIRMED, AttendanceStatus.INFORMED)),
    WAITLIST_OFFER(Set.of());

    private final Set<AttendanceStatus> recipients;

    RecruitMail(Set<AttendanceStatus> recipients) {
        this.recipients = recipients;
    }

    public Set<AttendanceStatus> recipients() {
        return recipients;
    }

    public String messageKey() {
        return "recruit.mail." + name();
    }
}
