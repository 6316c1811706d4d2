package kr.silheomjang.people;

import java.time.LocalDate;

/**
 * The proposer part of 주제 선정 as typed. When the proposer is known: name, contact channels, meeting date. When not:
 * the public pre-announcement (channel, date, link).
 */
public record ProposerDraft(boolean proposerKnown, String name, String email, String phone, String otherChannel,
        LocalDate meetingDate, String noticeChannel, LocalDate noticeDate, String noticeLink) {
}
