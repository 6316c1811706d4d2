package kr.silheomjang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyResults;
import kr.silheomjang.survey.VerdictOutcome;

/**
 * Everything the hand-off report shows, read in one transaction: the print view and the PDF are both made from it
 * (by {@link ReportHtml}), so they never disagree. No personal data beyond what members already see: counts of
 * participants, not names; retrospective items without who wrote them.
 */
public record ReportContents(long experimentId, String title, @Nullable String proposalText,
        @Nullable String proposerName, @Nullable String purpose, @Nullable LocalDate eventDate,
        List<Question> questions, Attendance attendance, List<Survey> surveys, List<Highlight> retrospective,
        List<String> nextActions, List<Section> sections, List<Link> links, ReportText text, Instant madeAt,
        boolean canEdit) {

    /** An experiment question, its verdict (null while none) and the evidence. */
    public record Question(String text, @Nullable VerdictOutcome outcome, @Nullable String evidence) {
    }

    /** Participants by attendance: everyone listed, who came, who did not. */
    public record Attendance(long total, long attended, long absent) {

        /** Percent of those whose attendance is known who came; null before the run day's check-in. */
        public @Nullable Long ratePercent() {
            long known = attended + absent;
            return known == 0 ? null : Math.round(attended * 100.0 / known);
        }
    }

    /** One survey (not a retrospective form): its responses and its closed questions' counts. */
    public record Survey(String title, long responses, List<Fact> facts) {
    }

    /** A closed question's answers; {@code average} for ratings (1–5), null otherwise. */
    public record Fact(String question, QuestionType type, long answered, List<SurveyResults.OptionCount> counts,
            @Nullable Double average) {
    }

    /** One retrospective item (by link or in the app), without its author. */
    public record Highlight(RetroParty party, RetroKind kind, String text) {
    }

    /** A section another feature contributes (see {@code shared.ReportSection}). */
    public record Section(String titleKey, List<kr.silheomjang.shared.ReportSection.Line> lines) {
    }

    /** An address printed in the links part; {@code labelKey} is a message key. */
    public record Link(String labelKey, String url) {
    }
}
