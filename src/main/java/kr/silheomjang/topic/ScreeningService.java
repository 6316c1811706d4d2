package kr.silheomjang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;
import kr.silheomjang.topic.internal.AgencyResponse;
import kr.silheomjang.topic.internal.AgencyResponseRepository;
import kr.silheomjang.topic.internal.ScreeningEntry;
import kr.silheomjang.topic.internal.ScreeningEntryRepository;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicRules;

/**
 * Screening a candidate: each planner's notes and 1–5 scores on the three questions, and the agency log
 * (기관 답변 요청 및 인터뷰) with its attachments. Open to accounts that may start experiments.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScreeningService {

    /** Agency answers and interview notes: documents and scans. */
    public static final UploadPolicy ATTACHMENTS = UploadPolicy.of(5L * 1024 * 1024, FileType.PDF, FileType.HWP,
            FileType.HWPX, FileType.DOCX, FileType.TXT, FileType.PNG, FileType.JPEG);

    private final ScreeningEntryRepository screening;
    private final AgencyResponseRepository agency;
    private final ExperimentAccess access;
    private final TopicWrites writes;

    ScreeningService(ScreeningEntryRepository screening, AgencyResponseRepository agency, ExperimentAccess access,
            TopicWrites writes) {
        this.screening = screening;
        this.agency = agency;
        this.access = access;
        this.writes = writes;
    }

    /** The attachment of an agency-log entry: name, type and bytes. */
    public record Attachment(String name, String contentType, byte[] bytes) {
    }

    @Transactional(readOnly = true)
    public Attachment attachment(long responseId) {
        access.requireMayStartExperiments();
        AgencyResponse r = agency.findById(responseId).filter(a -> a.getAttachmentName() != null)
                .orElseThrow(() -> new UserFacingException("topic.error.notFound"));
        return new Attachment(r.getAttachmentName(), r.getAttachmentType(), r.getAttachmentData());
    }

    /**
     * Saves the caller's own note on one screening question. {@code expectedVersion} is the version of the caller's
     * entry as they saw it (-1: none yet); a stale one (the same planner in a second window) is a conflict.
     */
    public void saveNote(long candidateId, ScreeningQuestion question, long expectedVersion, String note) {
        access.requireMayStartExperiments();
        if (question == null) {
            throw new UserFacingException("topic.error.questionRequired");
        }
        String text = Texts.stripToNull(note);
        if (text != null && text.length() > 4000) {
            throw new UserFacingException("topic.error.noteTooLong");
        }
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        ScreeningEntry e = entry(candidateId, question);
        if (e.getVersion() != expectedVersion && !(expectedVersion == -1 && e.getNote() == null)) {
            throw new ConflictException(e.getUserName(), e.getUpdatedAt());
        }
        e.setNote(text, writes.clock().instant());
        screening.save(e);
        writes.announce(TopicLive.SCREENING, c);
    }

    /**
     * The caller's own score (1–5) on one screening question, or null to take it back. Each planner has one score per
     * question, written only by them, so the latest click wins without a version.
     */
    public void score(long candidateId, ScreeningQuestion question, @Nullable Integer score) {
        access.requireMayStartExperiments();
        if (question == null) {
            throw new UserFacingException("topic.error.questionRequired");
        }
        if (score != null && (score < 1 || score > 5)) {
            throw new UserFacingException("topic.error.scoreRange");
        }
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        ScreeningEntry e = entry(candidateId, question);
        e.setScore(score, writes.clock().instant());
        screening.save(e);
        writes.announce(TopicLive.SCREENING, c);
    }

    /** Adds an entry to the agency log, with an optional attachment checked by {@link #ATTACHMENTS}. */
    public long addAgencyResponse(long candidateId, AgencyResponseDraft draft, @Nullable String fileName,
            @Nullable String contentType, byte @Nullable [] bytes) {
        access.requireMayStartExperiments();
        List<String> errors = draft == null ? List.of("topic.agency.error.agencyRequired")
                : TopicRules.problems(draft);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        UploadPolicy.Checked file = bytes == null ? null : ATTACHMENTS.check(fileName, contentType, bytes);
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        AppUser me = writes.me();
        AgencyResponse r = new AgencyResponse(candidateId, writes.clock().instant(), me.displayName());
        r.apply(new AgencyResponseDraft(Texts.strip(draft.agency()), draft.askedOn(), draft.answeredOn(),
                Texts.stripToNull(draft.summary())));
        if (file != null) {
            r.attach(file.name(), file.type().mimeType(), file.bytes());
        }
        agency.save(r);
        writes.touch(c);
        return r.getId();
    }

    /** Records the answer of an agency asked earlier (answered on, summary). */
    public void updateAgencyResponse(long responseId, long expectedVersion, AgencyResponseDraft draft) {
        access.requireMayStartExperiments();
        List<String> errors = draft == null ? List.of("topic.agency.error.agencyRequired")
                : TopicRules.problems(draft);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        AgencyResponse r = agency.findById(responseId)
                .orElseThrow(() -> new UserFacingException("topic.error.notFound"));
        TopicCandidate c = writes.candidateForUpdate(r.getCandidateId());
        if (r.getVersion() != expectedVersion) {
            throw new ConflictException(r.getUpdatedByName(), r.getUpdatedAt());
        }
        r.apply(new AgencyResponseDraft(Texts.strip(draft.agency()), draft.askedOn(), draft.answeredOn(),
                Texts.stripToNull(draft.summary())));
        r.touch(writes.clock().instant(), writes.me().displayName());
        writes.touch(c);
    }

    private ScreeningEntry entry(long candidateId, ScreeningQuestion question) {
        AppUser me = writes.me();
        return screening.findByCandidateIdAndQuestionAndUserId(candidateId, question, me.id())
                .orElseGet(() -> new ScreeningEntry(candidateId, question, me.id(), me.displayName(),
                        writes.clock().instant()));
    }
}
