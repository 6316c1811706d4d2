package kr.silheomjang.topic;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The pre-announcement (사전 공개) for a proposal whose proposer is unknown: why the institution takes the proposal up,
 * when it is announced, whom to contact, and where (channel, link).
 */
public record NoticeDraft(@Nullable String purpose, @Nullable LocalDate date, @Nullable String contact,
        @Nullable String channel, @Nullable String link) {
}
