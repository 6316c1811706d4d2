package kr.silheomjang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the public results page shows, built by an editor from the experiment, its verdicts, counts and surveys and the
 * archive items chosen for the page. No personal data: only counts of people, no answers in words, and every
 * participant's and the proposer's name blanked out of the team's texts. {@code published} false: a draft that is
 * reachable by its token only and asks search engines not to index it. {@code answersBySurvey}: how many of
 * {@code answers} each survey gave, so that a survey deleted since the page was built is taken out when it is read
 * (null on pages built before it).
 */
public record PublicResults(String title, String proposal, @Nullable String proposalUrl, String purpose,
        @Nullable LocalDate eventDate, List<Question> questions, long participants, long attended, long answers,
        List<Chart> charts, List<Item> items, @Nullable String channel, @Nullable String schedule,
        @Nullable String platformUrl, Instant builtAt, boolean published, @Nullable Map<Long, Long> answersBySurvey) {

    /** An experiment question with its verdict ({@code outcome} null: not judged yet) and the evidence. */
    public record Question(String text, @Nullable String outcome, @Nullable String evidence) {
    }

    /**
     * One choice question of a survey as bars: counts only. {@code answered}: how many respondents answered it;
     * {@code surveyId} null on pages built before it was kept.
     */
    public record Chart(String survey, String question, long answered, List<Bar> bars, @Nullable Long surveyId) {

        /**
         * A bar's share of the respondents to this question, in whole percent: its length and the number beside it.
         * Not a share of the largest bar ("2 of 5" is 40 %, never a full bar); with several choices per person the
         * shares may add up to more than 100.
         */
        public int percent(Bar bar) {
            return answered <= 0 ? 0 : (int) Math.min(100, Math.round(bar.count() * 100.0 / answered));
        }
    }

    /**
     * One bar; {@code labelKey} (a bundle key, e.g. {@code survey.yes}) set when the label is a fixed word that the
     * page shows in its reader's language. Pages stored before it have none and show {@code label} as written.
     */
    public record Bar(String label, long count, @Nullable String labelKey) {
    }

    /** A public archive item chosen for the page; {@code fileId} set when it is an uploaded image shown inline. */
    public record Item(long id, ArchiveKind kind, String title, String description, @Nullable String link,
            @Nullable String altText, @Nullable SubtitleStatus subtitles, LocalDate date, boolean image) {
    }

    public PublicResults withItems(List<Item> kept, boolean isPublished) {
        return new PublicResults(title, proposal, proposalUrl, purpose, eventDate, questions, participants, attended,
                answers, charts, kept, channel, schedule, platformUrl, builtAt, isPublished, answersBySurvey);
    }

    /** The surveys this page has charts or answers of (as far as it kept their ids). */
    public Set<Long> surveyIds() {
        Set<Long> ids = new java.util.HashSet<>();
        charts.stream().map(Chart::surveyId).filter(java.util.Objects::nonNull).forEach(ids::add);
        if (answersBySurvey != null) {
            ids.addAll(answersBySurvey.keySet());
        }
        return ids;
    }

    /** Without the charts and answers of surveys deleted since it was built ({@code existing}: those still there). */
    public PublicResults withSurveysStill(Set<Long> existing) {
        List<Chart> kept = charts.stream().filter(c -> c.surveyId() == null || existing.contains(c.surveyId()))
                .toList();
        long gone = answersBySurvey == null ? 0 : answersBySurvey.entrySet().stream()
                .filter(e -> !existing.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        Map<Long, Long> left = answersBySurvey == null ? null : answersBySurvey.entrySet().stream()
                .filter(e -> existing.contains(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new PublicResults(title, proposal, proposalUrl, purpose, eventDate, questions, participants, attended,
                Math.max(0, answers - gone), kept, items, channel, schedule, platformUrl, builtAt, published, left);
    }
}
