package kr.silheomjang.topic;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One outreach step as typed: when, over which channel, the proposer's answer (참여의사 확인 and 제안 콘텐츠 활용 확인),
 * the meeting day (미팅 날짜 확정) and a note.
 */
public record OutreachEntryDraft(@Nullable OutreachStep step, @Nullable LocalDate on, @Nullable String channel,
        @Nullable OutreachAnswer answer, @Nullable LocalDate meetingDate, @Nullable String note) {
}
