package kr.silheomjang.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.QuestionView;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;
import kr.silheomjang.survey.internal.Observation;
import kr.silheomjang.survey.internal.ObservationPhoto;
import kr.silheomjang.survey.internal.ObservationPhotoRepository;
import kr.silheomjang.survey.internal.ObservationRepository;
import kr.silheomjang.survey.internal.Verdict;
import kr.silheomjang.survey.internal.VerdictRepository;

/**
 * The run-day observation log (editors write; partner guests read it only when the owner shows them notes, see
 * {@link #mayRead}) and the verdict per experiment question (the owner records it afterwards; every member reads).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ObservationService {

    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** Observation photos: JPEG, PNG or WebP up to 5 MB, the content checked (the view reads with the same). */
    public static final UploadPolicy PHOTOS = UploadPolicy.of(MAX_PHOTO_BYTES, FileType.JPEG, FileType.PNG,
            FileType.WEBP).messages("survey.error.photo.tooLarge", "survey.error.photo.type");

    private final ObservationRepository observations;
    private final ObservationPhotoRepository photos;
    private final VerdictRepository verdicts;
    private final ExperimentService experiments;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharedReads sharedReads;

    ObservationService(ObservationRepository observations, ObservationPhotoRepository photos,
            VerdictRepository verdicts, ExperimentService experiments, ExperimentAccess access,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, SharedReads sharedReads) {
        this.sharedReads = sharedReads;
        this.observations = observations;
        this.photos = photos;
        this.verdicts = verdicts;
        this.experiments = experiments;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The experiment's questions, for choosing what a note is about. */
    @Transactional(readOnly = true)
    public List<QuestionView> questions(long experimentId) {
        access.requireMember(experimentId);
        return experiments.get(experimentId).questions();
    }

    /**
     * Whether the caller reads the observation log: owners and planners, and partner guests only when the owner turned
     * on the guest scope's notes. Notes name people and photos show faces (also of people on the 촬영 불가 list).
     */
    @Transactional(readOnly = true)
    public boolean mayRead(long experimentId) {
        return access.visibleDetails(experimentId).notes();
    }

    /** The log, newest first; empty for a caller who may not read it ({@link #mayRead}). */
    @Transactional(readOnly = true)
    public List<ObservationView> list(long experimentId) {
        if (!mayRead(experimentId)) {
            return List.of();
        }
        return observations.findByExperimentIdOrderByObservedAtDescIdDesc(experimentId).stream()
                .map(Observation::toView).toList();
    }

    /**
     * Records a note now. The photo is optional; its type must be JPEG, PNG or WebP (checked against its first bytes,
     * not only the declared type) and it must be at most {@value #MAX_PHOTO_BYTES} bytes.
     */
    public long add(long experimentId, Long questionId, String note, byte[] photo, String photoType) {
        access.requireEditor(experimentId);
        String text = note == null ? "" : note.strip();
        List<String> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add("survey.error.note.required");
        } else if (text.length() > 2000) {
            errors.add("survey.error.note.tooLong");
        }
        String questionText = null;
        if (questionId != null) {
            questionText = experiments.get(experimentId).questions().stream()
                    .filter(q -> q.id() == questionId).map(QuestionView::text).findFirst().orElse(null);
            if (questionText == null) {
                errors.add("survey.error.question.gone");
            }
        }
        String storedType = null;
        if (photo != null) {
            try {
                storedType = PHOTOS.check(null, photoType, photo).type().mimeType();
            } catch (UserFacingException refused) {
                errors.addAll(refused.messageKeys());
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        Observation o = observations.save(new Observation(experimentId, questionId, questionText, text,
                clock.instant(), currentUser.require().displayName(), storedType));
        if (photo != null) {
            photos.save(new ObservationPhoto(o.getId(), photo));
        }
        events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.OBSERVATION, o.getId()));
        return o.getId();
    }

    /** The photo's bytes and type, or null when the note has none. Refused to whom {@link #mayRead} says no. */
    @Transactional(readOnly = true)
    public Photo photo(long experimentId, long observationId) {
        if (!mayRead(experimentId)) {
            throw new AccessDeniedException("Observation photos are not shown to guests in experiment "
                    + experimentId);
        }
        Observation o = observations.findById(observationId).filter(x -> x.getExperimentId() == experimentId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        if (o.getPhotoType() == null) {
            return null;
        }
        return photos.findByObservationId(observationId).map(p -> new Photo(p.getData(), o.getPhotoType()))
                .orElse(null);
    }

    public record Photo(byte[] data, String type) {
    }

    /** One row per current experiment question, with its verdict if recorded. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<VerdictView> verdicts(long experimentId) {
        access.requireMember(experimentId);
        // Every member sees the same verdicts: open overviews share one read per change (see SharedReads).
        var questions = experiments.get(experimentId).questions();
        return sharedReads.get(new VerdictsKey(experimentId, questions), () -> {
            Map<Long, Verdict> byQuestion = verdicts.findByExperimentId(experimentId).stream()
                    .collect(Collectors.toMap(Verdict::getQuestionId, Function.identity()));
            return questions.stream().map(q -> {
                Verdict v = byQuestion.get(q.id());
                return v == null ? new VerdictView(q.id(), q.text(), null, null, null, null, null)
                        : new VerdictView(q.id(), q.text(), v.getOutcome(), v.getEvidence(), v.getVersion(),
                                v.getUpdatedAt(), v.getUpdatedByName());
            }).toList();
        });
    }

    /** The questions are part of the key: they come from the viewer's own (shared) read of the experiment. */
    private record VerdictsKey(long experimentId, List<?> questions) {
    }

    /**
     * Records or changes the verdict on one question (owners only). {@code expectedVersion} is null for a first
     * verdict; a stale one (or a first verdict when someone recorded one meanwhile) names who did.
     */
    public void saveVerdict(long experimentId, long questionId, Long expectedVersion, VerdictOutcome outcome,
            String evidence) {
        access.requireOwner(experimentId);
        String text = evidence == null ? "" : evidence.strip();
        List<String> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add("survey.error.verdict.outcomeRequired");
        }
        if (text.isEmpty()) {
            errors.add("survey.error.verdict.evidenceRequired");
        } else if (text.length() > 4000) {
            errors.add("survey.error.verdict.evidenceTooLong");
        }
        String questionText = experiments.get(experimentId).questions().stream()
                .filter(q -> q.id() == questionId).map(QuestionView::text).findFirst().orElse(null);
        if (questionText == null) {
            errors.add("survey.error.question.gone");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        Verdict v = verdicts.findByExperimentIdAndQuestionId(experimentId, questionId).orElse(null);
        if (v != null && (expectedVersion == null || v.getVersion() != expectedVersion)) {
            throw new ConflictException(v.getUpdatedByName(), v.getUpdatedAt());
        }
        if (v == null) {
            if (expectedVersion != null) {
                throw new ConflictException("?", Instant.EPOCH);
            }
            v = new Verdict(experimentId, questionId);
        }
        v.record(questionText, outcome, text, clock.instant(), currentUser.require().displayName());
        verdicts.save(v);
        events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.VERDICT, questionId));
    }
}
