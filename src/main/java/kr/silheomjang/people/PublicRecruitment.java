package kr.silheomjang.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the public sign-up page shows: the form and its privacy notice, never anything about other applicants. */
public record PublicRecruitment(String title, @Nullable String intro, @Nullable LocalDate closesOn,
        List<String> questions, String noticePurpose, String noticeItems, String noticeRetention,
        String noticeRefusal, int noticeVersion) {

    public PublicRecruitment {
        questions = List.copyOf(questions);
    }
}
