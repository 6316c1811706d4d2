package kr.silheomjang.followup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.internal.ReportPdf;
import kr.silheomjang.followup.internal.ResultReport;
import kr.silheomjang.followup.internal.ResultReportRepository;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.StatusCounts;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.ReportSection;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyResults;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * The hand-off report (결과 보고서): one A4 page for the public deliberation that follows, read from the other
 * features (proposal, questions and verdicts, attendance, surveys, retrospective, contributed sections such as a
 * budget) plus a short summary and highlights the team writes; a draft until someone marks it 작성 완료. Owners and
 * planners only: partner guests and anonymous callers are refused (the owner hands the finished page on), and the PDF
 * is made here, behind the same check, never reachable by a link.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReportService {

    static final int MAX_TEXT = 1500;
    /** Closed questions per survey on the page (the rest are in the survey tab). */
    static final int FACTS_PER_SURVEY = 4;

    private final ResultReportRepository reports;
    private final ExperimentService experiments;
    private final ObservationService observations;
    private final ParticipantService participants;
    private final SurveyService surveys;
    private final RetrospectiveService retro;
    private final List<ReportSection> sections;
    private final ReportPdf pdf;
    private final I18NProvider i18n;
    private final ExperimentAccess access;
    private final kr.silheomjang.security.CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(ResultReportRepository reports, ExperimentService experiments, ObservationService observations,
            ParticipantService participants, SurveyService surveys, RetrospectiveService retro,
            List<ReportSection> sections, ReportPdf pdf, I18NProvider i18n, ExperimentAccess access,
            kr.silheomjang.security.CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.experiments = experiments;
        this.observations = observations;
        this.participants = participants;
        this.surveys = surveys;
        this.retro = retro;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.pdf = pdf;
        this.i18n = i18n;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Everything the report shows, as of now (also of a closed experiment: reading goes on). */
    @Transactional(readOnly = true)
    public ReportContents report(long experimentId) {
        boolean canEdit = access.requireEditor(experimentId).canEdit();
        ExperimentDetails e = experiments.get(experimentId);
        List<ReportContents.Question> questions = observations.verdicts(experimentId).stream()
                .map(v -> new ReportContents.Question(v.questionText(), v.outcome(), v.evidence())).toList();
        StatusCounts counts = participants.countsByStatus(experimentId);
        ReportContents.Attendance attendance = new ReportContents.Attendance(counts.total(),
                counts.of(AttendanceStatus.ATTENDED), counts.of(AttendanceStatus.ABSENT));
        List<ReportContents.Survey> surveyParts = new ArrayList<>();
        for (SurveySummary s : surveys.list(experimentId)) {
            if (s.audience() != SurveyAudience.FOLLOW_UP) {
                surveyParts.add(survey(experimentId, s));
            }
        }
        RetroBoard board = retro.board(experimentId);
        List<ReportContents.Highlight> highlights = board.items().stream()
                .map(i -> new ReportContents.Highlight(i.party(), i.kind(), i.text())).toList();
        List<String> nextActions = board.actions().stream().map(RetroBoard.Action::text).toList();
        List<ReportContents.Section> contributed = new ArrayList<>();
        for (ReportSection s : sections) {
            List<ReportSection.Line> lines = s.lines(experimentId);
            if (!lines.isEmpty()) {
                contributed.add(new ReportContents.Section(s.titleKey(), List.copyOf(lines)));
            }
        }
        List<ReportContents.Link> links = new ArrayList<>();
        if (e.proposalUrl() != null && !e.proposalUrl().isBlank()) {
            links.add(new ReportContents.Link("followup.report.link.proposal", e.proposalUrl()));
        }
        ReportText text = reports.findByExperimentId(experimentId).map(ResultReport::toText)
                .orElse(ReportText.EMPTY);
        return new ReportContents(experimentId, e.title(), e.proposalText(), e.proposerName(), e.purpose(),
                e.eventDate(), questions, attendance, surveyParts, highlights, nextActions, contributed, links, text,
                clock.instant(), canEdit);
    }

    /** The team's part alone (for the form: a co-planner's save refreshes it without re-reading everything). */
    @Transactional(readOnly = true)
    public ReportText text(long experimentId) {
        access.requireEditor(experimentId);
        return reports.findByExperimentId(experimentId).map(ResultReport::toText).orElse(ReportText.EMPTY);
    }

    /**
     * Saves the summary and highlights of a draft. {@code expectedVersion} is null before the first save; a stale
     * one names who saved meanwhile. A report marked 작성 완료 is reopened first (it is what was handed on).
     */
    public void save(long experimentId, @Nullable Long expectedVersion, String summary, String highlights) {
        access.requireEditor(experimentId);
        ResultReport r = draft(experimentId, expectedVersion, summary, highlights);
        publish(experimentId, reports.save(r));
    }

    /**
     * Saves the text as {@link #save} does and marks the report 작성 완료 (the stage checklist's "보고서 작성"), in one
     * transaction: either both happen or neither. Also before any text was written.
     */
    public void complete(long experimentId, @Nullable Long expectedVersion, String summary, String highlights) {
        access.requireEditor(experimentId);
        ResultReport r = draft(experimentId, expectedVersion, summary, highlights);
        r.complete(clock.instant(), currentUser.require().displayName());
        publish(experimentId, reports.save(r));
    }

    private ResultReport draft(long experimentId, @Nullable Long expectedVersion, String summary,
            String highlights) {
        String s = Texts.strip(summary == null ? "" : summary);
        String h = Texts.strip(highlights == null ? "" : highlights);
        List<String> errors = new ArrayList<>();
        if (s.length() > MAX_TEXT) {
            errors.add("followup.report.error.summaryTooLong");
        }
        if (h.length() > MAX_TEXT) {
            errors.add("followup.report.error.highlightsTooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        ResultReport r = current(experimentId, expectedVersion);
        if (r.getStatus() == ReportStatus.DONE) {
            throw new UserFacingException("followup.report.error.done");
        }
        r.write(s, h, clock.instant(), currentUser.require().displayName());
        return r;
    }

    /** Back to a draft, to correct it. */
    public void reopen(long experimentId, long expectedVersion) {
        access.requireEditor(experimentId);
        ResultReport r = current(experimentId, expectedVersion);
        if (r.getStatus() != ReportStatus.DONE) {
            throw new UserFacingException("followup.report.error.notDone");
        }
        r.reopen(clock.instant(), currentUser.require().displayName());
        publish(experimentId, reports.save(r));
    }

    /** The report as a PDF (A4, Korean font embedded), in the reader's language; the same data as the print view. */
    @Transactional(readOnly = true)
    public byte[] pdf(long experimentId, @Nullable Locale locale) {
        Locale in = locale == null ? Locale.KOREAN : locale;
        ReportContents contents = report(experimentId);
        return pdf.render(ReportHtml.document(contents, (key, params) -> i18n.getTranslation(key, in, params), in));
    }

    private ReportContents.Survey survey(long experimentId, SurveySummary s) {
        SurveyResults results = surveys.results(experimentId, s.id());
        List<ReportContents.Fact> facts = new ArrayList<>();
        for (SurveyResults.QuestionResult q : results.questions()) {
            if (!q.current() || q.type().isText() || facts.size() == FACTS_PER_SURVEY) {
                continue;
            }
            Double average = null;
            if (q.type() == QuestionType.RATING) {
                long n = 0;
                long sum = 0;
                for (SurveyResults.OptionCount c : q.counts()) {
                    n += c.count();
                    sum += c.count() * Long.parseLong(c.label());
                }
                average = n == 0 ? null : (double) sum / n;
            }
            facts.add(new ReportContents.Fact(q.text(), q.type(), q.answered(), q.counts(), average));
        }
        return new ReportContents.Survey(s.title(), results.responseCount(), facts);
    }

    /** The experiment's report row for a change: new before the first save, else at the version the caller saw. */
    private ResultReport current(long experimentId, @Nullable Long expectedVersion) {
        ResultReport r = reports.findByExperimentId(experimentId).orElse(null);
        if (r == null) {
            // Created by the first change; two first saves at once meet the unique key (a conflict, said as such).
            return new ResultReport(experimentId, clock.instant(), currentUser.require().displayName());
        }
        if (expectedVersion == null || r.getVersion() != expectedVersion) {
            throw new ConflictException(r.getUpdatedByName(), r.getUpdatedAt());
        }
        return r;
    }

    private void publish(long experimentId, ResultReport saved) {
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.REPORT, saved.getId()));
    }
}
