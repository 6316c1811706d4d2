package kr.silheomjang.topic;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The proposer meeting on the guide's agenda (§2): the proposal's background and intent, related activities and
 * networks, campaign information, the proposer's will to take part, the meeting day, and the two caveats explained
 * (3~6개월이 걸리고 정책화가 아님; 기획 주체는 기관). Consents (use, interview, filming, participation) are recorded as
 * consent answers, not here.
 */
public record MeetingNotesDraft(@Nullable LocalDate meetingDate, @Nullable String background,
        @Nullable String network, @Nullable String campaign, @Nullable String will, boolean durationExplained,
        boolean organiserExplained) {
}
