package kr.silheomjang.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.MissingInExperimentException;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.csv.CsvWriter;
import kr.silheomjang.survey.SurveyResults.OptionCount;
import kr.silheomjang.survey.SurveyResults.QuestionResult;
import kr.silheomjang.survey.internal.Answer;
import kr.silheomjang.survey.internal.AnswerRepository;
import kr.silheomjang.survey.internal.Question;
import kr.silheomjang.survey.internal.Response;
import kr.silheomjang.survey.internal.ResponseRepository;
import kr.silheomjang.survey.internal.Survey;
import kr.silheomjang.survey.internal.SurveyRepository;
import kr.silheomjang.survey.internal.SurveySeeder;

/**
 * Surveys of one experiment, for its members: the builder (editors), results and CSV export (every member, partner
 * guests included: they read). Public answering is {@link PublicSurveyService}.
 *
 * <p>Partner guests get the least they need (decision note 0067): free-text answers (people write names and numbers
 * in them) only when the owner shows them notes ({@code GuestScope.notes}), and the public link only of a form they
 * answer themselves ({@link GuestAnsweredForms}): a link lets whoever holds it answer as that form's party.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SurveyService {

    static final int MAX_QUESTIONS = 50;
    static final int MAX_OPTIONS = 20;
    /** All of a question's options, one per line: the column survey_question.options_text. */
    static final int MAX_OPTIONS_TEXT = 2000;
    public static final String YES = "YES";
    public static final String NO = "NO";

    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;
    private final SharedReads sharedReads;
    private final I18NProvider i18n;
    private final List<GuestAnsweredForms> guestForms;

    SurveyService(SurveyRepository surveys, ResponseRepository responses, AnswerRepository answers,
            ExperimentAccess access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            PublicBaseUrl baseUrl, SharedReads sharedReads, I18NProvider i18n, List<GuestAnsweredForms> guestForms) {
        this.guestForms = List.copyOf(guestForms);
        this.sharedReads = sharedReads;
        this.i18n = i18n;
        this.surveys = surveys;
        this.responses = responses;
        this.answers = answers;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The public address of a survey's form. */
    public String publicLink(String token) {
        return baseUrl.link("/s/" + token);
    }

    /** The experiment's forms; a partner guest gets the token only of forms they answer themselves. */
    @Transactional(readOnly = true)
    public List<SurveySummary> list(long experimentId) {
        Set<Long> linked = linkedFor(experimentId);
        List<Survey> list = surveys.findByExperimentIdOrderByIdAsc(experimentId);
        Map<Long, Long> counts = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : responses.countBySurveys(list.stream().map(Survey::getId).toList())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        Map<Long, Long> questionCounts = new HashMap<>();
        for (Object[] row : surveys.countQuestions(experimentId)) {
            questionCounts.put((Long) row[0], (Long) row[1]);
        }
        Instant now = clock.instant();
        return list.stream().map(s -> new SurveySummary(s.getId(), s.getTitle(), s.getAudience(),
                token(s, linked), s.getOpensAt(), s.getClosesAt(),
                SurveyStatus.at(now, s.getOpensAt(), s.getClosesAt()), counts.getOrDefault(s.getId(), 0L),
                questionCounts.getOrDefault(s.getId(), 0L).intValue(), s.getVersion())).toList();
    }

    /** The form as the builder shows it; a partner guest gets its token only if they answer it themselves. */
    @Transactional(readOnly = true)
    public SurveyDetails get(long experimentId, long surveyId) {
        Set<Long> linked = linkedFor(experimentId);
        return details(load(experimentId, surveyId), linked);
    }

    /**
     * The forms whose public link the caller is given: every form for owners and planners (null: all), for partner
     * guests only those they answer themselves.
     */
    private @Nullable Set<Long> linkedFor(long experimentId) {
        if (access.requireMember(experimentId).canEdit()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        guestForms.forEach(g -> ids.addAll(g.answeredByGuests(experimentId)));
        return ids;
    }

    private static @Nullable String token(Survey s, @Nullable Set<Long> linked) {
        return linked == null || linked.contains(s.getId()) ? s.getPublicToken() : null;
    }

    /** Whether the caller reads free-text answers: editors, and guests whom the owner shows notes. */
    private boolean readsText(long experimentId) {
        return access.visibleDetails(experimentId).notes();
    }

    /** A new form with one empty short-text question. */
    public long create(long experimentId, String title) {
        access.requireEditor(experimentId);
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new UserFacingException("survey.error.title.required");
        }
        if (t.length() > 200) {
            throw new UserFacingException("survey.error.title.tooLong");
        }
        Survey s = new Survey(experimentId, t, SurveyAudience.CUSTOM, SurveySeeder.newToken(), clock.instant(),
                currentUser.require().displayName());
        Question q = new Question(s);
        q.apply(0, new SurveyQuestion(null, QuestionType.SHORT_TEXT, t, List.of(), false));
        s.getQuestions().add(q);
        surveys.save(s);
        events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.SURVEY, s.getId()));
        return s.getId();
    }

    /**
     * A form another feature makes for its own purpose (e.g. the follow-up retrospective, one per party): the given
     * audience and questions, checked like the builder's. Editors only. Returns the survey id.
     */
    public long createForm(long experimentId, String title, SurveyAudience audience, List<SurveyQuestion> questions) {
        access.requireEditor(experimentId);
        SurveyDraft draft = new SurveyDraft(title, null, null, questions);
        validate(draft);
        Survey s = new Survey(experimentId, draft.title(), audience == null ? SurveyAudience.CUSTOM : audience,
                SurveySeeder.newToken(), clock.instant(), currentUser.require().displayName());
        int i = 0;
        for (SurveyQuestion q : draft.questions()) {
            Question row = new Question(s);
            row.apply(i++, q);
            s.getQuestions().add(row);
        }
        surveys.save(s);
        events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.SURVEY, s.getId()));
        return s.getId();
    }

    /**
     * Every answer of the given forms of the experiment, oldest first, each with its id (for features that work with
     * single answers, e.g. the retrospective board turning one into a "next time" action). Forms of other experiments
     * are left out. Members; a partner guest whom the owner shows no notes gets no free-text answers.
     */
    @Transactional(readOnly = true)
    public List<SurveyAnswer> answers(long experimentId, java.util.Collection<Long> surveyIds) {
        boolean text = readsText(experimentId);
        List<SurveyAnswer> out = new ArrayList<>();
        for (Long surveyId : surveyIds) {
            if (surveys.findById(surveyId).filter(s -> s.getExperimentId() == experimentId).isEmpty()) {
                continue;
            }
            Map<Long, Instant> submitted = responses.findBySurveyIdOrderByIdAsc(surveyId).stream()
                    .collect(Collectors.toMap(Response::getId, Response::getSubmittedAt));
            for (Answer a : answers.findBySurvey(surveyId)) {
                if (!text && a.getType().isText()) {
                    continue;
                }
                out.add(new SurveyAnswer(a.getId(), surveyId, a.getResponseId(), a.getSortOrder(), a.getQuestionText(),
                        a.getAnswerText(), submitted.get(a.getResponseId())));
            }
        }
        out.sort(java.util.Comparator.comparing(SurveyAnswer::id));
        return out;
    }

    /** Saves the whole form if nobody saved it since {@code expectedVersion}; otherwise names who did. */
    public void save(long experimentId, long surveyId, long expectedVersion, SurveyDraft draft) {
        access.requireEditor(experimentId);
        surveys.lockRow(surveyId);
        Survey s = load(experimentId, surveyId);
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException(s.getUpdatedByName(), s.getUpdatedAt());
        }
        validate(draft);
        s.setTitle(draft.title());
        s.setOpensAt(draft.opensAt());
        s.setClosesAt(draft.closesAt());
        Map<Long, Question> existing = s.getQuestions().stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        List<Question> ordered = new ArrayList<>();
        int i = 0;
        for (SurveyQuestion q : draft.questions()) {
            Question row = q.id() == null ? null : existing.remove(q.id());
            if (row == null) {
                row = new Question(s);
            }
            row.apply(i++, q);
            ordered.add(row);
        }
        s.getQuestions().clear();
        s.getQuestions().addAll(ordered);
        s.touch(clock.instant(), currentUser.require().displayName());
        events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.SURVEY, surveyId));
    }

    /** How many responses the form has now, for the question before deleting it (members). */
    @Transactional(readOnly = true)
    public long responseCount(long experimentId, long surveyId) {
        access.requireMember(experimentId);
        load(experimentId, surveyId);
        return responses.countBySurveyId(surveyId);
    }

    /**
     * Deletes a form with its questions and every response and answer (answers are personal data: they go, not
     * kept), if nobody saved the form since {@code expectedVersion} and no response arrived beyond the
     * {@code responsesSeen} its deleter was told of: nothing is deleted unseen. Editors only; partner guests never.
     * Features that refer to the form drop their references first ({@link SurveyDeleted}); its public link then finds
     * nothing and says so.
     */
    public void delete(long experimentId, long surveyId, long expectedVersion, long responsesSeen) {
        access.requireEditor(experimentId);
        // The row first, as a save does: a save or a second delete queues behind this one, and on MySQL a new
        // response (its foreign key reads this row) waits and then finds the form gone.
        surveys.lockRow(surveyId);
        Survey s = surveys.findWithQuestions(surveyId).filter(x -> x.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("survey.delete.error.gone"));
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException(s.getUpdatedByName(), s.getUpdatedAt());
        }
        if (responses.countBySurveyId(surveyId) > responsesSeen) {
            throw new UserFacingException("survey.delete.error.newResponses");
        }
        events.publishEvent(new SurveyDeleted(experimentId, surveyId));
        // Foreign-key order: answers, responses, then the form (its questions go with it).
        answers.deleteBySurvey(surveyId);
        responses.deleteBySurveyId(surveyId);
        surveys.delete(s);
        // Co-planners who have the list, the builder or the results open see the form go; a screen reader hears who
        // deleted which form (the title as the deleter saw it: the row is gone for anyone to read it again).
        var me = currentUser.require();
        events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.SURVEY, surveyId).saying(me.id(),
                me.displayName(), "survey.said.deleted", s.getTitle()));
    }

    /**
     * Every member's results are read once per change per node for all open result pages (SharedReads); a partner
     * guest whom the owner shows no notes gets that read without the text answers (their counts stay).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SurveyResults results(long experimentId, long surveyId) {
        boolean text = readsText(experimentId);
        SurveyResults shared = sharedReads.get(new ResultsKey(experimentId, surveyId),
                () -> readResults(experimentId, surveyId));
        return text ? shared : withoutTexts(shared);
    }

    private static SurveyResults withoutTexts(SurveyResults r) {
        return new SurveyResults(r.surveyId(), r.title(), r.responseCount(), r.questions().stream()
                .map(q -> q.texts().isEmpty() ? q : new QuestionResult(q.questionId(), q.text(), q.type(),
                        q.current(), q.answered(), q.counts(), List.of()))
                .toList());
    }

    private record ResultsKey(long experimentId, long surveyId) {
    }

    private SurveyResults readResults(long experimentId, long surveyId) {
        Survey s = load(experimentId, surveyId);
        List<Answer> all = answers.findBySurvey(surveyId);
        Map<Long, List<Answer>> byQuestion = all.stream()
                .collect(Collectors.groupingBy(Answer::getQuestionId, LinkedHashMap::new, Collectors.toList()));
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : s.getQuestions()) {
            out.add(result(q.getId(), q.getText(), q.getType(), true, q.options(),
                    byQuestion.remove(q.getId())));
        }
        // Answers to questions since removed from the form stay, under the wording they were given.
        for (var gone : byQuestion.entrySet()) {
            Answer first = gone.getValue().get(0);
            out.add(result(gone.getKey(), first.getQuestionText(), first.getType(), false, List.of(),
                    gone.getValue()));
        }
        return new SurveyResults(surveyId, s.getTitle(), responses.countBySurveyId(surveyId), out);
    }

    private static QuestionResult result(long id, String text, QuestionType type, boolean current,
            List<String> options, List<Answer> given) {
        List<Answer> list = given == null ? List.of() : given;
        List<OptionCount> counts = new ArrayList<>();
        List<SurveyResults.TextAnswer> texts = new ArrayList<>();
        if (type.isText()) {
            list.forEach(a -> texts.add(new SurveyResults.TextAnswer(a.getId(), a.getAnswerText())));
        } else {
            List<String> labels = switch (type) {
                case RATING -> List.of("1", "2", "3", "4", "5");
                case YES_NO -> List.of(YES, NO);
                default -> new ArrayList<>(options);
            };
            Map<String, Long> tally = new LinkedHashMap<>();
            labels.forEach(l -> tally.put(l, 0L));
            for (Answer a : list) {
                for (String v : a.getAnswerText().split("\n")) {
                    tally.merge(v, 1L, Long::sum);
                }
            }
            tally.forEach((label, n) -> counts.add(new OptionCount(label, n)));
        }
        return new QuestionResult(id, text, type, current, list.size(), counts, texts);
    }

    /**
     * All answers as CSV through the shared {@link CsvWriter} (UTF-8 with a byte-order mark, formula cells
     * neutralised: answers come from anonymous respondents): one row per answer, with the question's wording as the
     * respondent saw it. Headers and yes/no in the downloader's language ({@code locale}, Korean when null). A partner
     * guest whom the owner shows no notes gets no rows of text answers (as on the results page).
     */
    @Transactional(readOnly = true)
    public byte[] exportCsv(long experimentId, long surveyId, @Nullable Locale locale) {
        boolean text = readsText(experimentId);
        load(experimentId, surveyId);
        Map<Long, Instant> submitted = responses.findBySurveyIdOrderByIdAsc(surveyId).stream()
                .collect(Collectors.toMap(Response::getId, Response::getSubmittedAt));
        List<Answer> all = new ArrayList<>(answers.findBySurvey(surveyId));
        if (!text) {
            all.removeIf(a -> a.getType().isText());
        }
        all.sort((a, b) -> a.getResponseId() != b.getResponseId() ? Long.compare(a.getResponseId(), b.getResponseId())
                : Integer.compare(a.getSortOrder(), b.getSortOrder()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Application.ZONE);
        CsvWriter csv = CsvWriter.withHeader(t(locale, "survey.csv.response"), t(locale, "survey.csv.submitted"),
                t(locale, "survey.csv.questionNo"), t(locale, "survey.csv.question"), t(locale, "survey.csv.answer"));
        String yes = t(locale, "survey.yes");
        String no = t(locale, "survey.no");
        for (Answer a : all) {
            csv.row(a.getResponseId(), time.format(submitted.get(a.getResponseId())), a.getSortOrder() + 1,
                    a.getQuestionText(), readable(a, yes, no));
        }
        return csv.toBytes();
    }

    private String t(@Nullable Locale locale, String key) {
        return i18n.getTranslation(key, locale == null ? Locale.KOREAN : locale);
    }

    private static String readable(Answer a, String yes, String no) {
        if (a.getType() == QuestionType.YES_NO) {
            return YES.equals(a.getAnswerText()) ? yes : no;
        }
        return a.getType() == QuestionType.MULTIPLE_CHOICE ? a.getAnswerText().replace("\n", "; ")
                : a.getAnswerText();
    }

    private Survey load(long experimentId, long surveyId) {
        return surveys.findWithQuestions(surveyId)
                .filter(s -> s.getExperimentId() == experimentId)
                // Every caller checked membership first: a member may learn that the survey is not (or no more) here.
                .orElseThrow(() -> new MissingInExperimentException(experimentId, "survey.notFound"));
    }

    private SurveyDetails details(Survey s, @Nullable Set<Long> linked) {
        return new SurveyDetails(s.getId(), s.getExperimentId(), s.getVersion(), s.getTitle(), s.getAudience(),
                token(s, linked), s.getOpensAt(), s.getClosesAt(),
                SurveyStatus.at(clock.instant(), s.getOpensAt(), s.getClosesAt()), s.getUpdatedAt(),
                s.getUpdatedByName(), s.getQuestions().stream().map(Question::toView).toList());
    }

    /** All problems at once; nothing is written when any is found. */
    static void validate(SurveyDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.title().isEmpty()) {
            errors.add("survey.error.title.required");
        } else if (d.title().length() > 200) {
            errors.add("survey.error.title.tooLong");
        }
        if (d.opensAt() != null && d.closesAt() != null && !d.closesAt().isAfter(d.opensAt())) {
            errors.add("survey.error.closesBeforeOpens");
        }
        if (d.questions().isEmpty()) {
            errors.add("survey.error.questions.required");
        } else if (d.questions().size() > MAX_QUESTIONS) {
            errors.add("survey.error.questions.tooMany");
        }
        for (SurveyQuestion q : d.questions()) {
            if (q.type() == null || q.text().isEmpty()) {
                add(errors, "survey.error.question.textRequired");
            } else if (q.text().length() > 500) {
                add(errors, "survey.error.question.tooLong");
            }
            if (q.type() != null && q.type().hasOptions()) {
                if (q.options().size() < 2) {
                    add(errors, "survey.error.options.tooFew");
                } else if (q.options().size() > MAX_OPTIONS
                        || q.options().stream().anyMatch(o -> o.length() > 200)) {
                    add(errors, "survey.error.options.tooMany");
                } else if (String.join("\n", q.options()).length() > MAX_OPTIONS_TEXT) {
                    add(errors, "survey.error.options.tooLong");
                } else if (q.options().stream().distinct().count() != q.options().size()) {
                    add(errors, "survey.error.options.duplicate");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private static void add(List<String> errors, String key) {
        if (!errors.contains(key)) {
            errors.add(key);
        }
    }

    static boolean blank(String s) {
        return Objects.requireNonNullElse(s, "").isBlank();
    }
}
