package kr.silheomjang.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.survey.internal.Answer;
import kr.silheomjang.survey.internal.AnswerRepository;
import kr.silheomjang.survey.internal.Question;
import kr.silheomjang.survey.internal.Response;
import kr.silheomjang.survey.internal.ResponseRepository;
import kr.silheomjang.survey.internal.Survey;
import kr.silheomjang.survey.internal.SurveyRepository;
import kr.silheomjang.security.SubmissionThrottle;
import kr.silheomjang.shared.Notable;

/**
 * Answering by link, without an account. Deliberately not {@code @PreAuthorize}d: the unguessable token is the
 * permission, and it only ever reveals the form's title and questions. Refusals are message keys: an unknown token, a
 * form not yet open or closed, an experiment closed, too many submissions, a missing required answer, an answer too long. An answer made
 * only of invisible characters (zero-width spaces, NBSP, Hangul fillers) counts as no answer.
 */
@Service
@Transactional
public class PublicSurveyService {

    static final int MAX_TOKEN_LENGTH = 64;
    static final int MAX_SUBMISSION_KEY_LENGTH = 64;

    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final SubmissionThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExperimentAccess access;

    PublicSurveyService(SurveyRepository surveys, ResponseRepository responses, AnswerRepository answers,
            SubmissionThrottle throttle, ApplicationEventPublisher events, Clock clock, ExperimentAccess access) {
        this.access = access;
        this.surveys = surveys;
        this.responses = responses;
        this.answers = answers;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** The form behind a link, if it exists and takes answers now. */
    @Transactional(readOnly = true)
    public PublicSurvey open(String token) {
        Survey s = openSurvey(token);
        return new PublicSurvey(s.getTitle(), s.getQuestions().stream().map(Question::toView).toList());
    }

    /**
     * Stores one response. {@code given} maps question id to the chosen values (one for text, a choice, a rating or
     * YES/NO; several for multiple choice). Checked in full before anything is written.
     */
    public void submit(String token, Map<Long, List<String>> given, String address, String session) {
        submit(token, given, address, session, null);
    }

    /**
     * Same, once per {@code submissionKey} (the random key of one form load, issue 17): a repeat of a key already
     * stored (a retry after a lost connection, a reload that restored the answers) stores nothing and returns
     * {@code false}, counted by no throttle. The unique index on (survey, key) holds even against a race.
     */
    public boolean submit(String token, Map<Long, List<String>> given, String address, String session,
            @Nullable String submissionKey) {
        Survey s = openSurvey(token);
        String key = submissionKey == null || submissionKey.isBlank() ? null : submissionKey.strip();
        if (key != null && (key.length() > MAX_SUBMISSION_KEY_LENGTH || !key.matches("[A-Za-z0-9_-]+"))) {
            throw new UserFacingException("survey.error.answer.invalid");
        }
        if (key != null && responses.existsBySurveyIdAndSubmissionKey(s.getId(), key)) {
            return false;
        }
        List<String> errors = new ArrayList<>();
        List<Answer> pending = new ArrayList<>();
        if (given.keySet().stream().anyMatch(id -> s.getQuestions().stream().noneMatch(q -> q.getId().equals(id)))) {
            errors.add("survey.error.unknownQuestion");
        }
        for (Question q : s.getQuestions()) {
            List<String> values = given.getOrDefault(q.getId(), List.of()).stream()
                    .map(v -> Texts.strip(v == null ? "" : v)).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                if (q.toView().required()) {
                    add(errors, "survey.error.answer.required");
                }
                continue;
            }
            if (values.size() > 1 && q.getType() != QuestionType.MULTIPLE_CHOICE) {
                add(errors, "survey.error.answer.invalid");
                continue;
            }
            if (values.stream().anyMatch(v -> v.length() > q.getType().maxLength())) {
                add(errors, "survey.error.answer.tooLong");
                continue;
            }
            boolean valid = switch (q.getType()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.options().containsAll(values)
                        && values.stream().distinct().count() == values.size();
                case RATING -> values.get(0).matches("[1-5]");
                case YES_NO -> values.get(0).equals(SurveyService.YES) || values.get(0).equals(SurveyService.NO);
                default -> true;
            };
            if (!valid) {
                add(errors, "survey.error.answer.invalid");
                continue;
            }
            pending.add(new Answer(0, q.getId(), q.getSortOrder(), q.getType(), q.getText(),
                    String.join("\n", values)));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        if (pending.isEmpty()) {
            throw new UserFacingException("survey.error.answer.empty");
        }
        // Counted only for well-formed submissions: fixing a typo after a refusal never locks anyone out.
        if (!throttle.tryAcquire(address == null ? "?" : address, session == null ? "?" : session)) {
            throw new UserFacingException("survey.error.rateLimited");
        }
        Response r = responses.save(new Response(s.getId(), clock.instant(), key));
        answers.saveAll(pending.stream().map(a -> new Answer(r.getId(), a.getQuestionId(), a.getSortOrder(),
                a.getType(), a.getQuestionText(), a.getAnswerText())).toList());
        events.publishEvent(LiveUpdate.of(s.getExperimentId(), SurveyLive.RESPONSE, s.getId()));
        events.publishEvent(new Notable(Notable.Kind.SURVEY_ANSWERS, s.getExperimentId(), 0, "", List.of(),
                s.getId(), s.getTitle()));
        return true;
    }

    private Survey openSurvey(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new UserFacingException("survey.error.notFound");
        }
        Survey s = surveys.findByTokenWithQuestions(token)
                .orElseThrow(() -> new UserFacingException("survey.error.notFound"));
        // A closed experiment is read-only for everyone (decision note 0018), its public forms included.
        if (access.isClosed(s.getExperimentId())) {
            throw new UserFacingException("survey.error.experimentClosed");
        }
        Instant now = clock.instant();
        switch (SurveyStatus.at(now, s.getOpensAt(), s.getClosesAt())) {
            case NOT_YET_OPEN -> throw new UserFacingException("survey.error.notYetOpen");
            case CLOSED -> throw new UserFacingException("survey.error.closed");
            default -> {
            }
        }
        return s;
    }

    private static void add(List<String> errors, String key) {
        if (!errors.contains(key)) {
            errors.add(key);
        }
    }
}
