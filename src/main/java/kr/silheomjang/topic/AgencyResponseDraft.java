package kr.silheomjang.topic;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 기관 답변 요청 및 인터뷰: which agency, asked on, answered on (empty while waiting), a summary. */
public record AgencyResponseDraft(String agency, @Nullable LocalDate askedOn, @Nullable LocalDate answeredOn,
        @Nullable String summary) {
}
