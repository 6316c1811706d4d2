package kr.silheomjang.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.followup.internal.ArchiveItem;
import kr.silheomjang.followup.internal.ArchiveItemRepository;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyResults;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * Builds the results page's content as the signed-in editor (every read goes through the other modules' public,
 * membership-checked methods). Only what may be public leaves: counts instead of people, choice questions as counts
 * (never text answers), the follow-up feedback forms left out, and every participant's, the proposer's and the team's
 * names, and any phone number or e-mail address, blanked out of the texts the team wrote. Called by
 * {@link ResultsPageService} after its own check.
 */
@Component
class ResultsContent {

    /** What a blanked name becomes. */
    static final String BLANK = "○○○";

    private final ExperimentService experiments;
    private final ObservationService observations;
    private final SurveyService surveys;
    private final ParticipantService participants;
    private final StaffRosterService staff;
    private final PartnerService partners;
    private final ArchiveItemRepository archive;
    private final Clock clock;

    ResultsContent(ExperimentService experiments, ObservationService observations, SurveyService surveys,
            ParticipantService participants, StaffRosterService staff, PartnerService partners,
            ArchiveItemRepository archive, Clock clock) {
        this.experiments = experiments;
        this.observations = observations;
        this.surveys = surveys;
        this.participants = participants;
        this.staff = staff;
        this.partners = partners;
        this.archive = archive;
        this.clock = clock;
    }

    PublicResults build(long experimentId, ResultsPageDraft where, boolean published) {
        ExperimentDetails e = experiments.get(experimentId);
        List<ParticipantRow> people = participants.list(experimentId);
        Names names = new Names();
        people.forEach(p -> names.add(p.details().name()));
        names.add(e.proposerName());
        e.members().stream().map(MemberView::displayName).forEach(names::add);
        staff.roster(experimentId).forEach(s -> names.add(s.person()));
        partners.list(experimentId).forEach(p -> names.add(p.contactPerson()));

        List<PublicResults.Question> questions = observations.verdicts(experimentId).stream()
                .map(v -> new PublicResults.Question(names.blank(v.questionText()),
                        v.outcome() == null ? null : v.outcome().name(), names.blankOrNull(v.evidence())))
                .toList();
        List<ParticipantRow> taking = people.stream()
                .filter(p -> p.details().group() == ParticipantGroup.PARTICIPANT).toList();
        long attended = taking.stream().filter(p -> p.details().status() == AttendanceStatus.ATTENDED).count();
        long answers = 0;
        java.util.Map<Long, Long> answersBySurvey = new java.util.HashMap<>();
        List<PublicResults.Chart> charts = new ArrayList<>();
        for (SurveySummary s : surveys.list(experimentId)) {
            if (s.audience() == SurveyAudience.FOLLOW_UP) {
                continue; // the retrospective: feedback in words, not results
            }
            answers += s.responseCount();
            answersBySurvey.put(s.id(), s.responseCount());
            SurveyResults r = surveys.results(experimentId, s.id());
            for (SurveyResults.QuestionResult q : r.questions()) {
                if (q.type().isText() || !q.current() || q.answered() == 0) {
                    continue;
                }
                charts.add(new PublicResults.Chart(names.blank(r.title()), names.blank(q.text()), q.answered(),
                        bars(q, names), s.id()));
            }
        }
        List<PublicResults.Item> items = archive.findByExperimentIdOrderByItemDateDescIdDesc(experimentId).stream()
                .map(ArchiveItem::toView).filter(i -> i.publicItem() && i.onResultsPage())
                .sorted(Comparator.comparing(ArchiveItemView::date))
                .map(i -> new PublicResults.Item(i.id(), i.kind(), names.blank(i.title()),
                        names.blank(i.description()), i.link(), names.blankOrNull(i.altText()), i.subtitles(),
                        i.date(), i.isImage()))
                .toList();
        return new PublicResults(names.blank(e.title()), names.blank(nullToEmpty(e.proposalText())),
                e.proposalUrl(), names.blank(nullToEmpty(e.purpose())), e.eventDate(), questions, taking.size(),
                attended, answers, charts, items, names.blankNamesOrNull(where.channel()),
                names.blankNamesOrNull(where.schedule()), where.platformUrl(), clock.instant(), published,
                answersBySurvey);
    }

    /** An option may name someone too ("진행자: 김철수"); the language key is taken from the label as stored. */
    static List<PublicResults.Bar> bars(SurveyResults.QuestionResult q, Names names) {
        return q.counts().stream()
                .map(c -> new PublicResults.Bar(names.blank(c.label()), c.count(), labelKey(q.type(), c.label())))
                .toList();
    }

    /** Yes/no is shown in the reader's language (the page is stored once and read in both). */
    private static @Nullable String labelKey(QuestionType type, String raw) {
        if (type == QuestionType.YES_NO) {
            return SurveyService.YES.equals(raw) ? "survey.yes" : "survey.no";
        }
        return null;
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /**
     * Names to blank out, longest first (so "김참여자" goes before "김참여"); one-letter names are left alone. Phone
     * numbers and e-mail addresses go too, whoever's they are: a verdict's evidence or an archive description may
     * quote a participant's, and the page cannot tell a person's from an office's. The page's own "where to see it"
     * fields, typed for this page, keep theirs ({@link #blankNamesOrNull}).
     */
    static final class Names {
        private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+",
                Pattern.UNICODE_CHARACTER_CLASS);
        // 010-1234-5678, (02) 123-4567, 01012345678, +82 10-1234-5678: not dates (2026-12-06) or amounts.
        private static final Pattern PHONE = Pattern.compile(
                "(?<![\\d-])(\\+82[- ]?0?|0)\\d{1,2}\\)?[-. ]?\\d{3,4}[-. ]?\\d{4}(?![\\d-])");

        private final Set<String> all = new LinkedHashSet<>();

        void add(@Nullable String name) {
            if (name != null && name.strip().length() >= 2) {
                all.add(name.strip());
            }
        }

        String blank(String text) {
            return PHONE.matcher(EMAIL.matcher(blankNames(text)).replaceAll(BLANK)).replaceAll(BLANK);
        }

        private String blankNames(String text) {
            String out = text;
            for (String n : all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                out = out.replace(n, BLANK);
            }
            return out;
        }

        @Nullable String blankOrNull(@Nullable String text) {
            return text == null ? null : blank(text);
        }

        @Nullable String blankNamesOrNull(@Nullable String text) {
            return text == null ? null : blankNames(text);
        }
    }
}
