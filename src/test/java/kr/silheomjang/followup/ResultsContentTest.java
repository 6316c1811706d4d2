package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyResults;

/**
 * What the public results page shows of a choice question: counts, and options without the names in them; and of the
 * team's texts: no names, phone numbers or e-mail addresses.
 */
class ResultsContentTest {

    @Test
    void optionLabelsAreBlankedLikeEveryOtherTextButYesAndNoKeepTheirLanguageKeys() {
        ResultsContent.Names names = new ResultsContent.Names();
        names.add("김철수");
        names.add("이"); // one letter: left alone, or every 이 in a sentence would go
        SurveyResults.QuestionResult choice = new SurveyResults.QuestionResult(1, "누구의 진행이 좋았나요?",
                QuestionType.SINGLE_CHOICE, true, 5, List.of(new SurveyResults.OptionCount("진행자: 김철수", 3),
                        new SurveyResults.OptionCount("이야기 손님", 2)), List.of());
        assertThat(ResultsContent.bars(choice, names)).extracting(PublicResults.Bar::label)
                .containsExactly("진행자: ○○○", "이야기 손님");
        SurveyResults.QuestionResult yesNo = new SurveyResults.QuestionResult(2, "다시 오시겠어요?",
                QuestionType.YES_NO, true, 4, List.of(new SurveyResults.OptionCount("YES", 3),
                        new SurveyResults.OptionCount("NO", 1)), List.of());
        assertThat(ResultsContent.bars(yesNo, names)).extracting(PublicResults.Bar::labelKey)
                .containsExactly("survey.yes", "survey.no");
    }

    @Test
    void phoneNumbersAndAddressesGoFromTheTeamsTextsButNotDatesOrAmounts() {
        ResultsContent.Names names = new ResultsContent.Names();
        names.add("김철수");
        assertThat(names.blank("김철수 님(010-1234-5678, kim.cs+yahak@example.co.kr)이 먼저 연락했다"))
                .isEqualTo("○○○ 님(○○○, ○○○)이 먼저 연락했다");
        assertThat(names.blank("문의 (02) 123-4567 또는 01098765432, +82 10-2222-3333"))
                .isEqualTo("문의 (○○○ 또는 ○○○, ○○○");
        assertThat(names.blank("2026-12-06 서울역, 참가비 10,000원, 오후 7:30, 참여자 012명"))
                .isEqualTo("2026-12-06 서울역, 참가비 10,000원, 오후 7:30, 참여자 012명");
        // The page's own "where to see it" lines keep an office's number; names still go.
        assertThat(names.blankNamesOrNull("김철수 담당 02-120-0000")).isEqualTo("○○○ 담당 02-120-0000");
    }
}
