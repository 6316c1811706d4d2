package kr.silheomjang.topic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.topic.internal.AgencyResponse;
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
 * suitability checklist, the agency log and the selection decisions (reading), adding and editing candidates and moving
 * them along the review part of the pipeline. Screening, selection, import and outreach have their own services. Open to every account that may start
 * experiments ({@link ExperimentAccess#mayStartExperiments}); partner guests and guest-only accounts get nothing.
 * Changes are announced on the organisation-wide live channel {@link TopicLive#CHANNEL} after commit.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TopicService {

    /** How long a decided candidate stays on the selection meeting's list, so the room sees what it decided. */
    static final Duration MEETING_KEEPS_DECIDED = Duration.ofHours(12);

    private final TopicCandidateRepository candidates;
    private final ScreeningEntryRepository screening;
    private final AgencyResponseRepository agency;
    private final TopicDecisionRepository decisions;
    private final ExperimentAccess access;
    private final TopicWrites writes;

    TopicService(TopicCandidateRepository candidates, ScreeningEntryRepository screening,
            AgencyResponseRepository agency, TopicDecisionRepository decisions, ExperimentAccess access,
            TopicWrites writes) {
        this.candidates = candidates;
        this.screening = screening;
        this.agency = agency;
        this.decisions = decisions;
        this.access = access;
        this.writes = writes;
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
        TopicCandidate c = writes.candidate(candidateId);
        return details(c, screening.findByCandidateIdOrderByIdAsc(candidateId), true);
    }

    /**
     * The selection meeting's list: every candidate still open, and those decided in the last hours (so the room
     * sees its decisions), oldest first, with every planner's scores and the averages.
     */
    @Transactional(readOnly = true)
    public List<CandidateDetails> meeting() {
        access.requireMayStartExperiments();
        Instant recent = writes.clock().instant().minus(MEETING_KEEPS_DECIDED);
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

    // --- writing ---------------------------------------------------------------------------------------------

    /** Adds a candidate to the pool by hand (status 후보). */
    public long create(CandidateDraft draft) {
        access.requireMayStartExperiments();
        CandidateDraft clean = validated(draft);
        AppUser me = writes.me();
        TopicCandidate c = new TopicCandidate(writes.clock().instant(), me.displayName());
        c.apply(clean);
        candidates.save(c);
        writes.announce(TopicLive.CANDIDATES, c);
        return c.getId();
    }

    public void update(long candidateId, long expectedVersion, CandidateDraft draft) {
        access.requireMayStartExperiments();
        CandidateDraft clean = validated(draft);
        TopicCandidate c = writes.load(candidateId, expectedVersion);
        c.noteHandEdit(clean, writes.clock().instant(), writes.me().displayName());
        c.apply(clean);
        writes.touch(c);
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
        TopicCandidate c = writes.load(candidateId, expectedVersion);
        if (c.getStatus() == status) {
            return;
        }
        c.setStatus(status);
        writes.touch(c);
    }

    public void setCheck(long candidateId, long expectedVersion, SuitabilityCheck check, boolean done) {
        access.requireMayStartExperiments();
        if (check == null) {
            throw new UserFacingException("topic.error.checkRequired");
        }
        TopicCandidate c = writes.load(candidateId, expectedVersion);
        if (c.checks().contains(check) == done) {
            return;
        }
        c.setCheck(check, done);
        writes.touch(c);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private CandidateDraft validated(CandidateDraft draft) {
        if (draft == null) {
            throw new UserFacingException("topic.error.titleRequired");
        }
        List<String> errors = TopicRules.problems(draft, writes.today());
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        return TopicRules.clean(draft, writes.words().get("topic.source.manual"));
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
