package kr.silheomjang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the public results page shows, built by an editor from the experiment, its verdicts, counts and surveys and the
 * archive items chosen for the page. No personal data: only counts of people, no answers in words, and every
 * participant's and the proposer's name blanked out of the team's texts. {@code published} false: a draft that is
 * reachable by its token only and asks search engines not to index it.
 */
public record PublicResults(String title, String proposal, @Nullable String proposalUrl, String purpose,
        @Nullable LocalDate eventDate, List<Question> questions, long participants, long attended, long answers,
        List<Chart> charts, List<Item> items, @Nullable String channel, @Nullable String schedule,
        @Nullable String platformUrl, Instant builtAt, boolean published) {

    /** An experiment question with its verdict ({@code outcome} null: not judged yet) and the evidence. */
    public record Question(String text, @Nullable String outcome, @Nullable String evidence) {
    }

    /** One choice question of a survey as bars: counts only. */
    public record Chart(String survey, String question, long answered, List<Bar> bars) {
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
                answers, charts, kept, channel, schedule, platformUrl, builtAt, isPublished);
    }
}
