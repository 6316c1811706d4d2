package kr.silheomjang.topic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;
import kr.silheomjang.topic.internal.AgencyResponse;
import kr.silheomjang.topic.internal.ProposalImport;
import kr.silheomjang.topic.internal.AgencyResponseRepository;
import kr.silheomjang.topic.internal.ScreeningEntry;
import kr.silheomjang.topic.internal.ScreeningEntryRepository;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicCandidateRepository;
import kr.silheomjang.topic.internal.TopicDecision;
import kr.silheomjang.topic.internal.TopicDecisionRepository;
import kr.silheomjang.topic.internal.TopicRules;

/**
 * The proposal pool (제안함), organisation-wide: candidates, their screening (notes and 1–5 scores per planner), the
 * suitability checklist, the agency log and the selection decisions. Open to every account that may start
 * experiments ({@link ExperimentAccess#mayStartExperiments}); partner guests and guest-only accounts get nothing.
 * Changes are announced on the organisation-wide live channel {@link TopicLive#CHANNEL} after commit.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TopicService {

    /** Agency answers and interview notes: documents and scans. */
    public static final UploadPolicy ATTACHMENTS = UploadPolicy.of(5L * 1024 * 1024, FileType.PDF, FileType.HWP,
            FileType.HWPX, FileType.DOCX, FileType.TXT, FileType.PNG, FileType.JPEG);

    /** Proposal exports: Decidim's CSV or JSON, or any CSV. */
    public static final UploadPolicy IMPORTS = UploadPolicy.of(5L * 1024 * 1024, FileType.CSV, FileType.JSON)
            .contentReadLater();

    /** How long a decided candidate stays on the selection meeting's list, so the room sees what it decided. */
    static final Duration MEETING_KEEPS_DECIDED = Duration.ofHours(12);

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final TopicCandidateRepository candidates;
    private final ScreeningEntryRepository screening;
    private final AgencyResponseRepository agency;
    private final TopicDecisionRepository decisions;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExperimentService experiments;
    private final ProposerConsentService proposers;

    TopicService(TopicCandidateRepository candidates, ScreeningEntryRepository screening,
            AgencyResponseRepository agency, TopicDecisionRepository decisions, ExperimentAccess access,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, ExperimentService experiments,
            ProposerConsentService proposers) {
        this.experiments = experiments;
        this.proposers = proposers;
        this.candidates = candidates;
        this.screening = screening;
        this.agency = agency;
        this.decisions = decisions;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** Whether the caller sees the pool at all (the shell shows its entry only then). */
    @Transactional(readOnly = true)
    public boolean canUse() {
        return access.mayStartExperiments();
    }

    /** One page of the pool's grid. */
    @Transactional(readOnly = true)
    public List<CandidateRow> page(CandidateFilter filter, int page, int pageSize) {
        access.requireMayStartExperiments();
        return candidates.findAll(spec(filter), PageRequest.of(page, pageSize, sort(filter.sort()))).stream()
                .map(TopicCandidate::toRow).toList();
    }

    @Transactional(readOnly = true)
    public int count(CandidateFilter filter) {
        access.requireMayStartExperiments();
        return (int) candidates.count(spec(filter));
    }

    /** How many candidates are in each status (every status present, zero included). */
    @Transactional(readOnly = true)
    public Map<CandidateStatus, Long> countsByStatus() {
        access.requireMayStartExperiments();
        Map<CandidateStatus, Long> counts = new EnumMap<>(CandidateStatus.class);
        for (CandidateStatus s : CandidateStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : candidates.countByStatus()) {
            counts.put((CandidateStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Every tag in use, sorted, for the tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags() {
        access.requireMayStartExperiments();
        TreeSet<String> tags = new TreeSet<>();
        candidates.distinctTagColumns().forEach(stored -> tags.addAll(TopicCandidate.splitTags(stored)));
        return List.copyOf(tags);
    }

    @Transactional(readOnly = true)
    public CandidateDetails get(long candidateId) {
        access.requireMayStartExperiments();
        TopicCandidate c = candidate(candidateId);
        return details(c, screening.findByCandidateIdOrderByIdAsc(candidateId), true);
    }

    /**
     * The selection meeting's list: every candidate still open, and those decided in the last hours (so the room
     * sees its decisions), oldest first, with every planner's scores and the averages.
     */
    @Transactional(readOnly = true)
    public List<CandidateDetails> meeting() {
        access.requireMayStartExperiments();
        Instant recent = clock.instant().minus(MEETING_KEEPS_DECIDED);
        List<CandidateStatus> open = Arrays.stream(CandidateStatus.values()).filter(CandidateStatus::isOpen).toList();
        List<CandidateStatus> decided = Arrays.stream(CandidateStatus.values()).filter(CandidateStatus::isDecision)
                .toList();
        List<TopicCandidate> shown = candidates.forMeeting(open, decided, recent);
        Map<Long, List<ScreeningEntry>> byCandidate = new LinkedHashMap<>();
        if (!shown.isEmpty()) {
            for (ScreeningEntry e : screening.findByCandidateIdInOrderByIdAsc(
                    shown.stream().map(TopicCandidate::getId).toList())) {
                byCandidate.computeIfAbsent(e.getCandidateId(), k -> new ArrayList<>()).add(e);
            }
        }
        return shown.stream().map(c -> details(c, byCandidate.getOrDefault(c.getId(), List.of()), false)).toList();
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

    // --- writing ---------------------------------------------------------------------------------------------

    /** Adds a candidate to the pool by hand (status 후보). */
    public long create(CandidateDraft draft) {
        access.requireMayStartExperiments();
        CandidateDraft clean = validated(draft);
        AppUser me = currentUser.require();
        TopicCandidate c = new TopicCandidate(clock.instant(), me.displayName());
        c.apply(clean);
        candidates.save(c);
        announce(TopicLive.CANDIDATES, c.getId());
        return c.getId();
    }

    public void update(long candidateId, long expectedVersion, CandidateDraft draft) {
        access.requireMayStartExperiments();
        CandidateDraft clean = validated(draft);
        TopicCandidate c = load(candidateId, expectedVersion);
        c.apply(clean);
        touch(c);
    }

    /**
     * Moves a candidate along the review part of the pipeline (후보, 검토 중, 제안자 확인). 선정 / 보류 / 다른 방식 권고
     * are set only by {@link #decide}, which keeps the reasons.
     */
    public void moveStatus(long candidateId, long expectedVersion, CandidateStatus status) {
        access.requireMayStartExperiments();
        if (status == null || status.isDecision()) {
            throw new UserFacingException("topic.error.decisionNeedsMeeting");
        }
        TopicCandidate c = load(candidateId, expectedVersion);
        if (c.getStatus() == status) {
            return;
        }
        c.setStatus(status);
        touch(c);
    }

    public void setCheck(long candidateId, long expectedVersion, SuitabilityCheck check, boolean done) {
        access.requireMayStartExperiments();
        if (check == null) {
            throw new UserFacingException("topic.error.checkRequired");
        }
        TopicCandidate c = load(candidateId, expectedVersion);
        if (c.checks().contains(check) == done) {
            return;
        }
        c.setCheck(check, done);
        touch(c);
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
        candidateForUpdate(candidateId);
        ScreeningEntry e = entry(candidateId, question);
        if (e.getVersion() != expectedVersion && !(expectedVersion == -1 && e.getNote() == null)) {
            throw new ConflictException(e.getUserName(), e.getUpdatedAt());
        }
        e.setNote(text, clock.instant());
        screening.save(e);
        announce(TopicLive.SCREENING, candidateId);
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
        candidateForUpdate(candidateId);
        ScreeningEntry e = entry(candidateId, question);
        e.setScore(score, clock.instant());
        screening.save(e);
        announce(TopicLive.SCREENING, candidateId);
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
        TopicCandidate c = candidateForUpdate(candidateId);
        AppUser me = currentUser.require();
        AgencyResponse r = new AgencyResponse(candidateId, clock.instant(), me.displayName());
        r.apply(new AgencyResponseDraft(Texts.strip(draft.agency()), draft.askedOn(), draft.answeredOn(),
                Texts.stripToNull(draft.summary())));
        if (file != null) {
            r.attach(file.name(), file.type().mimeType(), file.bytes());
        }
        agency.save(r);
        touch(c);
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
        TopicCandidate c = candidateForUpdate(r.getCandidateId());
        if (r.getVersion() != expectedVersion) {
            throw new ConflictException(r.getUpdatedByName(), r.getUpdatedAt());
        }
        r.apply(new AgencyResponseDraft(Texts.strip(draft.agency()), draft.askedOn(), draft.answeredOn(),
                Texts.stripToNull(draft.summary())));
        r.touch(clock.instant(), currentUser.require().displayName());
        touch(c);
    }

    /**
     * The selection meeting's decision on a candidate, with reasons: an audit record (who, when) that is never
     * edited; a later decision is a new record. Sets the candidate's status.
     */
    public void decide(long candidateId, long expectedVersion, SelectionDecision decision, String reasons) {
        access.requireMayStartExperiments();
        List<String> errors = new ArrayList<>();
        if (decision == null) {
            errors.add("topic.decision.error.required");
        }
        String why = Texts.stripToNull(reasons);
        if (why == null) {
            errors.add("topic.decision.error.reasonsRequired");
        } else if (why.length() > 2000) {
            errors.add("topic.decision.error.reasonsTooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        TopicCandidate c = load(candidateId, expectedVersion);
        AppUser me = currentUser.require();
        decisions.save(new TopicDecision(candidateId, decision, why, me.id(), me.displayName(), clock.instant()));
        c.setStatus(decision.status());
        touch(c);
    }

    /**
     * 실험장으로 만들기: from a selected candidate, one transaction creates the experiment (the caller its owner) in
     * stage 기획, prefilled with the proposal text and link, the proposer (name and contacts into the people module's
     * proposer record), a purpose draft and experiment questions drafted from the screening notes, and links the
     * candidate to it. Any refusal (dates, a second link) rolls everything back.
     */
    public long createExperiment(long candidateId, long expectedVersion, LocalDate planningStart,
            LocalDate eventDate, LocalDate followUpEnd) {
        access.requireMayStartExperiments();
        TopicCandidate c = load(candidateId, expectedVersion);
        if (c.getStatus() != CandidateStatus.SELECTED) {
            throw new UserFacingException("topic.make.error.notSelected");
        }
        if (c.getExperimentId() != null) {
            throw new UserFacingException("topic.make.error.alreadyLinked");
        }
        CandidateDraft d = c.toDraft();
        List<ScreeningEntry> notes = screening.findByCandidateIdOrderByIdAsc(candidateId);
        ExperimentDraft draft = new ExperimentDraft();
        draft.setTitle(cut(d.title(), 200));
        draft.setProposalText(cut(d.body(), 2000));
        draft.setProposalUrl(d.sourceUrl() == null ? "" : d.sourceUrl());
        draft.setProposerName(d.proposerKnown() && d.proposerName() != null ? d.proposerName() : "");
        draft.setPurpose(cut(purposeDraft(d, notes), 4000));
        draft.setQuestions(questionDrafts(d, notes));
        draft.setPlanningStart(planningStart);
        draft.setEventDate(eventDate);
        draft.setFollowUpEnd(followUpEnd);
        long experimentId = experiments.create(draft);
        proposers.save(experimentId, proposers.get(experimentId).version(), new ProposerDraft(d.proposerKnown(),
                d.proposerName(), d.proposerEmail(), d.proposerPhone(), d.proposerSns(), null, null, null, null));
        c.setExperimentId(experimentId);
        touch(c);
        // The stage guide asks why 주제 선정 is left with open items (e.g. consent not yet recorded): the decision is
        // the reason, and the activity feed keeps it with the items that were open.
        experiments.moveStage(experimentId, experiments.get(experimentId).version(), Stage.PLANNING,
                cut("제안함에서 선정 결정: " + latestReasons(candidateId), 500));
        return experimentId;
    }

    /**
     * What importing the file would do, nothing saved: its columns, the mapping ({@code mapping} as the user chose
     * it, or, when empty, the columns suggested for Decidim's export), the first candidates, the problems per line in
     * message keys, and how many would be new or updated.
     */
    @Transactional(readOnly = true)
    public ImportPreview previewImport(String fileName, byte[] bytes, String source,
            Map<ImportField, String> mapping) {
        access.requireMayStartExperiments();
        return plan(fileName, bytes, source, mapping).preview();
    }

    /**
     * Imports every row or none: refused (with the first problems) while any row has one. A row whose source and
     * external id are already in the pool updates that candidate (title, text, link, date, proposer name) instead
     * of adding a second; status, screening and decisions stay. Returns how many were added and updated.
     */
    public ImportPreview importCandidates(String fileName, byte[] bytes, String source,
            Map<ImportField, String> mapping) {
        access.requireMayStartExperiments();
        ImportPlan plan = plan(fileName, bytes, source, mapping);
        if (!plan.problems().isEmpty()) {
            throw new UserFacingException("topic.import.error.rowsHaveProblems");
        }
        AppUser me = currentUser.require();
        Instant now = clock.instant();
        for (var entry : plan.drafts().entrySet()) {
            TopicCandidate c = candidates.findBySourcePlatformAndExternalId(plan.source(), entry.getKey())
                    .orElse(null);
            if (c == null) {
                c = new TopicCandidate(now, me.displayName());
                c.setExternalId(entry.getKey());
                c.apply(entry.getValue());
                candidates.save(c);
            } else {
                CandidateDraft old = c.toDraft();
                CandidateDraft d = entry.getValue();
                // The proposer's contacts were typed here, not imported: keep them.
                c.apply(new CandidateDraft(d.title(), d.body(), d.sourcePlatform(), d.sourceUrl(), d.submittedOn(),
                        d.proposerKnown() || old.proposerKnown(), d.proposerName() != null ? d.proposerName()
                                : old.proposerName(), old.proposerEmail(), old.proposerPhone(), old.proposerSns(),
                        old.tags()));
                c.touch(now, me.displayName());
            }
            announce(TopicLive.CANDIDATES, c.getId() == null ? 0 : c.getId());
        }
        return plan.preview();
    }

    private record ImportPlan(String source, ImportPreview preview, List<ImportPreview.Problem> problems,
            Map<String, CandidateDraft> drafts) {
    }

    private ImportPlan plan(String fileName, byte[] bytes, String source, Map<ImportField, String> mapping) {
        IMPORTS.check(fileName, null, bytes);
        String src = Texts.stripToNull(source);
        if (src == null) {
            throw new UserFacingException("topic.import.error.sourceRequired");
        }
        if (src.length() > 50) {
            throw new UserFacingException("topic.error.sourceTooLong");
        }
        var table = ProposalImport.read(fileName, bytes);
        Map<ImportField, String> map = mapping == null || mapping.isEmpty() ? ProposalImport.suggest(table.columns())
                : mapping;
        List<String> missing = new ArrayList<>();
        for (ImportField required : List.of(ImportField.TITLE, ImportField.BODY, ImportField.EXTERNAL_ID)) {
            if (!map.containsKey(required) || !table.columns().contains(map.get(required))) {
                missing.add("topic.import.error.map." + required.name());
            }
        }
        List<ImportPreview.Problem> problems = new ArrayList<>();
        Map<String, CandidateDraft> drafts = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(SEOUL));
        if (missing.isEmpty()) {
            for (var row : table.rows()) {
                List<String> rowProblems = new ArrayList<>();
                CandidateDraft d = ProposalImport.draft(row, map, src, rowProblems);
                rowProblems.addAll(TopicRules.problems(d, today));
                String externalId = ProposalImport.value(row, map, ImportField.EXTERNAL_ID);
                if (externalId == null) {
                    rowProblems.add("topic.import.error.noId");
                } else if (externalId.length() > 200) {
                    rowProblems.add("topic.import.error.idTooLong");
                } else if (drafts.containsKey(externalId)) {
                    rowProblems.add("topic.import.error.duplicateId");
                }
                if (rowProblems.isEmpty()) {
                    drafts.put(externalId, TopicRules.clean(d));
                } else {
                    problems.add(new ImportPreview.Problem(row.line(), rowProblems.stream().distinct().toList()));
                }
            }
        } else {
            problems.add(new ImportPreview.Problem(1, missing));
        }
        int updated = (int) drafts.keySet().stream()
                .filter(id -> candidates.findBySourcePlatformAndExternalId(src, id).isPresent()).count();
        ImportPreview preview = new ImportPreview(table.columns(), map,
                drafts.values().stream().limit(5).toList(), problems, table.rows().size(),
                drafts.size() - updated, updated);
        return new ImportPlan(src, preview, problems, drafts);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private CandidateDraft validated(CandidateDraft draft) {
        if (draft == null) {
            throw new UserFacingException("topic.error.titleRequired");
        }
        List<String> errors = TopicRules.problems(draft, LocalDate.now(clock.withZone(SEOUL)));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        return TopicRules.clean(draft);
    }

    private TopicCandidate candidate(long candidateId) {
        return candidates.findById(candidateId).orElseThrow(() -> new UserFacingException("topic.error.notFound"));
    }

    /** Locks the candidate row first, so concurrent writes to it and its children queue in one order. */
    private TopicCandidate candidateForUpdate(long candidateId) {
        return candidates.findForUpdate(candidateId)
                .orElseThrow(() -> new UserFacingException("topic.error.notFound"));
    }

    private TopicCandidate load(long candidateId, long expectedVersion) {
        TopicCandidate c = candidateForUpdate(candidateId);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException(c.getUpdatedByName(), c.getUpdatedAt());
        }
        return c;
    }

    private ScreeningEntry entry(long candidateId, ScreeningQuestion question) {
        AppUser me = currentUser.require();
        return screening.findByCandidateIdAndQuestionAndUserId(candidateId, question, me.id())
                .orElseGet(() -> new ScreeningEntry(candidateId, question, me.id(), me.displayName(),
                        clock.instant()));
    }

    /** Who saved last (for conflict messages) and the live announcement. */
    private void touch(TopicCandidate c) {
        c.touch(clock.instant(), currentUser.require().displayName());
        announce(TopicLive.CANDIDATES, c.getId());
    }

    private void announce(TopicLive kind, long candidateId) {
        events.publishEvent(LiveUpdate.of(TopicLive.CHANNEL, kind, candidateId));
    }

    private CandidateDetails details(TopicCandidate c, List<ScreeningEntry> entries, boolean full) {
        List<ScreeningEntryView> views = entries.stream().map(ScreeningEntry::toView).toList();
        return new CandidateDetails(c.getId(), c.getVersion(), c.toDraft(), c.getExternalId(), c.getStatus(),
                c.checks(), views, averages(views),
                full ? agency.findByCandidateIdOrderByAskedOnDescIdDesc(c.getId()).stream()
                        .map(AgencyResponse::toView).toList() : List.of(),
                full ? decisions.findByCandidateIdOrderByDecidedAtDescIdDesc(c.getId()).stream()
                        .map(TopicDecision::toView).toList() : List.of(),
                c.getExperimentId(), c.getUpdatedAt(), c.getUpdatedByName());
    }

    /** The mean of the scores given per question (questions nobody scored are absent). */
    static Map<ScreeningQuestion, Double> averages(Collection<ScreeningEntryView> entries) {
        Map<ScreeningQuestion, Double> averages = new EnumMap<>(ScreeningQuestion.class);
        for (ScreeningQuestion q : ScreeningQuestion.values()) {
            entries.stream().filter(e -> e.question() == q && e.score() != null)
                    .mapToInt(ScreeningEntryView::score).average()
                    .ifPresent(avg -> averages.put(q, avg));
        }
        return averages;
    }

    private String latestReasons(long candidateId) {
        return decisions.findByCandidateIdOrderByDecidedAtDescIdDesc(candidateId).stream().findFirst()
                .map(dec -> dec.toView().reasons()).orElse("");
    }

    /** The guide's purpose line for the proposal, with the latest decision's reasons as the case for it. */
    private String purposeDraft(CandidateDraft d, List<ScreeningEntry> notes) {
        StringBuilder p = new StringBuilder("시민제안 「").append(d.title()).append("」의 내용이 실제 효과로 나타나는지, ")
                .append("기관이 제시한 어려움이 실제로 나타나는지 1회성 실험으로 확인하고, 그 결과를 공론의 참고자료로 만든다.");
        notes.stream().map(ScreeningEntry::toView)
                .filter(e -> e.question() == ScreeningQuestion.ALTERNATIVE && e.note() != null)
                .forEach(e -> p.append("\n대안 검토 (").append(e.userName()).append("): ").append(e.note()));
        return p.toString();
    }

    /**
     * Experiment questions from the screening notes on effect and difficulty (the guide: questions come from the
     * proposal's effect and the agency's difficulties), at most ten; the guide's general question when there are none.
     */
    private static List<String> questionDrafts(CandidateDraft d, List<ScreeningEntry> notes) {
        List<String> questions = new ArrayList<>();
        for (ScreeningEntry e : notes) {
            ScreeningEntryView v = e.toView();
            if (v.note() != null && v.question() != ScreeningQuestion.ALTERNATIVE && questions.size() < 10) {
                String prefix = v.question() == ScreeningQuestion.EFFECT ? "효과: " : "어려움: ";
                questions.add(cut(prefix + v.note(), 1000));
            }
        }
        if (questions.isEmpty()) {
            questions.add(cut("「" + d.title() + "」 제안 내용이 실제 효과로 나타나는가?", 1000));
        }
        return questions;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Sort sort(CandidateFilter.Sort sort) {
        return switch (sort) {
            case NEWEST -> Sort.by(Sort.Order.desc("submittedOn").nullsLast(), Sort.Order.desc("id"));
            case OLDEST -> Sort.by(Sort.Order.asc("submittedOn").nullsLast(), Sort.Order.asc("id"));
            case TITLE -> Sort.by("title", "id");
            case STATUS -> Sort.by("status", "id");
            case UPDATED -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
        };
    }

    private static Specification<TopicCandidate> spec(CandidateFilter f) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new ArrayList<>();
            if (!f.statuses().isEmpty()) {
                all.add(root.get("status").in(f.statuses()));
            }
            String search = Texts.stripToNull(f.search());
            if (search != null) {
                String like = "%" + escape(search.toLowerCase(Locale.ROOT)) + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("body")), like, '\\'),
                        cb.like(cb.lower(root.get("tags")), like, '\\'),
                        cb.like(cb.lower(root.get("proposerName")), like, '\\'),
                        cb.like(cb.lower(root.get("sourcePlatform")), like, '\\')));
            }
            String tag = Texts.stripToNull(f.tag());
            if (tag != null) {
                // Tags are stored comma-joined: match a whole tag, not a part of one.
                all.add(cb.like(cb.concat(cb.concat(",", root.get("tags")), ","),
                        "%," + escape(tag) + ",%", '\\'));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
