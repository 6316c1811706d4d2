package kr.silheomjang.followup;

import org.jspecify.annotations.Nullable;

/** Where the conversation continues: 공유 채널 (text or link), 참여 일정, the proposal platform's link. */
public record ResultsPageDraft(@Nullable String channel, @Nullable String schedule, @Nullable String platformUrl) {
}
