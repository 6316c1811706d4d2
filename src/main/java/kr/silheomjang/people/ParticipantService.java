package kr.silheomjang.people;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.internal.ConsentEntry;
import kr.silheomjang.people.internal.ConsentEntryRepository;
import kr.silheomjang.people.internal.Participant;
import kr.silheomjang.people.internal.ParticipantCsv;
import kr.silheomjang.people.internal.ParticipantRepository;
import kr.silheomjang.people.internal.ParticipantRules;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.PersonalDataLogEntry;
import kr.silheomjang.people.internal.PersonalDataLogRepository;
import kr.silheomjang.people.internal.PersonalDataMap;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * The participants of an experiment: the grid (lazy, filtered, sorted), edits checked against the version the user
 * saw, bulk status changes, print lists, and per-person export, then erase. Also the public API later
 * features (check-in, surveys) build on (CSV in and out: {@link ParticipantCsvService}): {@link #list}, {@link #markAttendance}, {@link #addWalkIn}.
 *
 * <p>Partner guests read names, groups and statuses, and search by name only; contacts, needs (health-related) and
 * notes reach them only when the owner turned that on for the experiment ({@link ExperimentAccess#visibleDetails}).
 * Only owners and planners write.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ParticipantService {

    /** Grid columns that may be sorted, by the name the view uses. */
    /** Sort keys (a {@link ParticipantField}'s key, or the entity property) to entity properties. */
    static final Map<String, String> SORTABLE = Map.of("name", "name", "group", "group", "status", "status",
            "photo", "photoConsent", "photoConsent", "photoConsent", "updatedAt", "updatedAt");

    private final ParticipantRepository participants;
    private final ConsentEntryRepository consents;
    private final PersonalDataLogRepository personalDataLog;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final PeopleAudit audit;
    private final PersonalDataMap dataMap;
    private final Clock clock;
    private final SharedReads sharedReads;

    ParticipantService(ParticipantRepository participants, ConsentEntryRepository consents,
            PersonalDataLogRepository personalDataLog, ExperimentAccess access, CurrentUser currentUser,
            PeopleAudit audit, PersonalDataMap dataMap, Clock clock, SharedReads sharedReads) {
        this.sharedReads = sharedReads;
        this.dataMap = dataMap;
        this.participants = participants;
        this.consents = consents;
        this.personalDataLog = personalDataLog;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * A page of the grid. Open grids that show the same page (most show the first, unfiltered) share one read per
     * change per node (see SharedReads).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ParticipantRow> page(long experimentId, ParticipantFilter filter, String sortBy, boolean ascending,
            int page, int pageSize) {
        GuestScope scope = access.visibleDetails(experimentId);
        ParticipantFilter f = filter == null ? ParticipantFilter.ALL : filter;
        String sortedBy = SORTABLE.getOrDefault(sortBy == null ? "name" : sortBy, "name");
        Sort sort = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, sortedBy).and(Sort.by("id"));
        return sharedReads.get(new PageKey(experimentId, scope, f, sortedBy, ascending, page, pageSize),
                () -> participants.search(experimentId, like(f.text()), scope.contacts(), f.group(), f.status(),
                        f.photo(), PageRequest.of(page, pageSize, sort)).stream().map(p -> p.toRow(scope)).toList());
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public int count(long experimentId, ParticipantFilter filter) {
        GuestScope scope = access.visibleDetails(experimentId);
        ParticipantFilter f = filter == null ? ParticipantFilter.ALL : filter;
        return sharedReads.get(new CountKey(experimentId, scope, f), () -> (int) participants.countSearch(experimentId,
                like(f.text()), scope.contacts(), f.group(), f.status(), f.photo()));
    }

    /** The counts per status, read once per change per node for every open grid and check-in (see SharedReads). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public StatusCounts countsByStatus(long experimentId) {
        access.requireMember(experimentId);
        return sharedReads.get(new CountsKey(experimentId), () -> {
            Map<AttendanceStatus, Long> m = new EnumMap<>(AttendanceStatus.class);
            for (Object[] row : participants.countByStatus(experimentId)) {
                m.put((AttendanceStatus) row[0], (Long) row[1]);
            }
            return new StatusCounts(m);
        });
    }

    // What shared reads depend on: the experiment and, for rows, the ids and what the viewer may see of them.
    private record CountsKey(long experimentId) {
    }

    private record PageKey(long experimentId, GuestScope scope, ParticipantFilter filter, String sortedBy,
            boolean ascending, int page, int pageSize) {
    }

    private record CountKey(long experimentId, GuestScope scope, ParticipantFilter filter) {
    }

    private record RowsKey(long experimentId, Set<Long> ids, GuestScope scope) {
    }

    private record ListKey(long experimentId, GuestScope scope) {
    }

    /** The rows with these ids as they are now (for refreshing a grid in place); missing ids are left out. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ParticipantRow> rows(long experimentId, Set<Long> ids) {
        GuestScope scope = access.visibleDetails(experimentId);
        return sharedReads.get(new RowsKey(experimentId, Set.copyOf(ids), scope),
                () -> participants.findByExperimentIdAndIdIn(experimentId, ids).stream().map(p -> p.toRow(scope))
                        .toList());
    }

    /** Every participant of the experiment by name (public API: check-in and surveys build on it). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<ParticipantRow> list(long experimentId) {
        GuestScope scope = access.visibleDetails(experimentId);
        return sharedReads.get(new ListKey(experimentId, scope),
                () -> participants.findByExperimentIdOrderByNameAscIdAsc(experimentId).stream()
                        .map(p -> p.toRow(scope)).toList());
    }

    /**
     * The film crew's list (shown, printed, and beside an archive upload): everyone who must not be filmed and could be
     * in the footage, i.e. on the run day's list ({@link AttendanceStatus#onTheDayList()}), not an applicant who never
     * came (신청, 대기, 미선정, 취소). 불참 stays: a mark can be wrong, and a name too many here costs nothing.
     * Names and groups only.
     */
    @Transactional(readOnly = true)
    public List<ParticipantRow> noFilmingList(long experimentId) {
        access.requireMember(experimentId);
        return participants.findByExperimentIdAndPhotoConsentOrderByNameAsc(experimentId, PhotoConsent.REFUSED)
                .stream().filter(p -> p.getStatus().onTheDayList()).map(p -> p.toRow(GuestScope.NONE)).toList();
    }

    // --- writing -------------------------------------------------------------------------------------------------

    public long create(long experimentId, ParticipantDraft draft) {
        access.requireEditor(experimentId);
        ParticipantDraft d = validated(experimentId, draft);
        AppUser me = currentUser.require();
        Participant p = new Participant(experimentId, false, clock.instant(), me.displayName());
        p.apply(d, today());
        participants.save(p);
        audit.announceSaying(experimentId, PeopleLive.PARTICIPANTS, List.of(), me, "people.said.created");
        return p.getId();
    }

    /** Saves if nobody saved the row since {@code expectedVersion}; otherwise says who did, and writes nothing. */
    public ParticipantRow update(long experimentId, long participantId, long expectedVersion, ParticipantDraft draft) {
        access.requireEditor(experimentId);
        Participant p = load(experimentId, participantId, expectedVersion);
        ParticipantDraft d = validated(experimentId, draft);
        p.apply(d, today());
        touch(p);
        participants.flush();
        audit.announceSaying(experimentId, PeopleLive.PARTICIPANTS, List.of(p.getId()), currentUser.require(),
                "people.said.updated");
        return p.toRow(GuestScope.ALL);
    }

    /** Moves every given row (id → version the user saw) to one status; all or nothing. */
    public void changeStatus(long experimentId, Map<Long, Long> versionsById, AttendanceStatus status) {
        access.requireEditor(experimentId);
        if (status == null || versionsById.isEmpty()) {
            throw new UserFacingException("people.error.bulkNothing");
        }
        List<Participant> rows = participants.findByExperimentIdAndIdIn(experimentId, versionsById.keySet());
        if (rows.size() != versionsById.size()) {
            throw new UserFacingException("people.error.notFound");
        }
        for (Participant p : rows) {
            if (p.getVersion() != versionsById.get(p.getId())) {
                throw new ConflictException(p.getUpdatedByName(), p.getUpdatedAt());
            }
        }
        LocalDate today = today();
        for (Participant p : rows) {
            p.moveTo(status, today);
            touch(p);
        }
        audit.announceSaying(experimentId, PeopleLive.PARTICIPANTS, rows.stream().map(Participant::getId).toList(),
                currentUser.require(), "people.said.status", String.valueOf(rows.size()),
                LiveUpdate.Said.word("people.status." + status.name()));
    }

    /**
     * Records that the 촬영 불가 list (names of everyone who must not be filmed) was handed to the film crew: a
     * disclosure of personal data, so it goes to the personal-data log; the stage guide reads it from there.
     */
    public void recordNoFilmingListShared(long experimentId) {
        access.requireEditor(experimentId);
        long count = participants.findByExperimentIdAndPhotoConsentOrderByNameAsc(experimentId, PhotoConsent.REFUSED)
                .size();
        audit.logPersonalData(experimentId, PeopleAudit.FILM_LIST_SHARED, StoredText.marker("stored.log.filmList", count),
                currentUser.require().displayName());
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of());
    }

    /** Check-in: marks one participant as attended (or absent). Public API for the run day. */
    public void markAttendance(long experimentId, long participantId, boolean attended) {
        access.requireEditor(experimentId);
        Participant p = participants.findById(participantId).filter(x -> x.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("people.error.notFound"));
        AttendanceStatus status = attended ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT;
        p.moveTo(status, today());
        touch(p);
        audit.announceSaying(experimentId, PeopleLive.PARTICIPANTS, List.of(p.getId()), currentUser.require(),
                "people.said.status", "1", LiveUpdate.Said.word("people.status." + status.name()));
    }

    /** Someone who came without being invited: added as attended today. Public API for the run day. */
    public long addWalkIn(long experimentId, String name, String phone, String email) {
        access.requireEditor(experimentId);
        ParticipantDraft d = validated(experimentId, ParticipantDraft.builder().name(name).phone(phone)
                .email(email).status(AttendanceStatus.ATTENDED).build());
        AppUser me = currentUser.require();
        Participant p = new Participant(experimentId, true, clock.instant(), me.displayName());
        p.apply(d, today());
        participants.save(p);
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of());
        return p.getId();
    }

    // --- personal data -------------------------------------------------------------------------------------------

    /**
     * Step 1 of a person's request: everything kept about them in this experiment, across modules, as a ZIP of CSV
     * files (their participant row; invitations, card comments, survey free text, observations and mails that name
     * them; see docs/personal-data.md), headed in the downloader's language ({@code locale}, Korean when null). Logged
     * as EXPORT with the row number only, never the data.
     */
    public byte[] exportPerson(long experimentId, long participantId, java.util.@org.jspecify.annotations.Nullable Locale locale) {
        // A person's export and erasure are their right, also after the experiment was closed.
        access.requireEditorEvenWhenClosed(experimentId);
        Participant p = identifiable(experimentId, participantId);
        byte[] zip = dataMap.exportZip(experimentId, p.getId(), p.person(),
                ParticipantCsv.write(List.of(p.toRow(GuestScope.ALL)), locale, false), locale);
        audit.logPersonalData(experimentId, "EXPORT", label(p), currentUser.require().displayName());
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of());
        return zip;
    }

    /**
     * Step 2: erases what the export handed over — the participant row is anonymised and every module's mentions
     * are redacted — and only once that export was produced (so a failed download never loses data unseen).
     * Logged as ERASE without the erased content.
     */
    public void erasePerson(long experimentId, long participantId) {
        access.requireEditorEvenWhenClosed(experimentId);
        Participant p = identifiable(experimentId, participantId);
        if (!personalDataLog.existsByExperimentIdAndActionAndSubjectLabel(experimentId, "EXPORT", label(p))) {
            throw new UserFacingException("people.erase.error.exportFirst");
        }
        dataMap.eraseElsewhere(experimentId, p.person());
        dataMap.eraseRecruitment(experimentId, p.getId());
        p.anonymise(clock.instant());
        touch(p);
        audit.logPersonalData(experimentId, "ERASE", label(p), currentUser.require().displayName());
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of(p.getId()));
    }

    private Participant identifiable(long experimentId, long participantId) {
        Participant p = participants.findById(participantId).filter(x -> x.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("people.error.notFound"));
        if (p.getAnonymisedAt() != null) {
            throw new UserFacingException("people.error.alreadyErased");
        }
        return p;
    }

    private static String label(Participant p) {
        return "#" + p.getId();
    }

    @Transactional(readOnly = true)
    public List<PersonalDataLogView> personalDataLog(long experimentId) {
        access.requireEditor(experimentId);
        return personalDataLog.findByExperimentIdOrderByCreatedAtDescIdDesc(experimentId).stream()
                .map(ParticipantService::view).toList();
    }

    private static PersonalDataLogView view(PersonalDataLogEntry e) {
        return new PersonalDataLogView(e.getAction(), e.getSubjectLabel(), e.getActorName(), e.getCreatedAt());
    }

    /** Whether the caller may edit here (owners and planners). */
    @Transactional(readOnly = true)
    public boolean canEdit(long experimentId) {
        return access.requireMember(experimentId).canEdit();
    }

    @Transactional(readOnly = true)
    public MemberRole myRole(long experimentId) {
        return access.requireMember(experimentId);
    }

    /** What of the participants the caller sees beyond names and statuses (for which columns a view shows). */
    @Transactional(readOnly = true)
    public GuestScope visibleDetails(long experimentId) {
        return access.visibleDetails(experimentId);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ParticipantDraft validated(long experimentId, ParticipantDraft draft) {
        if (draft == null) {
            throw new UserFacingException("people.error.nameRequired");
        }
        List<String> errors = ParticipantRules.problems(draft);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        ParticipantDraft d = ParticipantRules.clean(draft);
        // A proposer who withdrew (or refused) filming consent is never listed as filmable, whatever is typed.
        if (d.group() == ParticipantGroup.PROPOSER && d.photoConsent() == PhotoConsent.GRANTED
                && consents.filmingRefusedByProposer(experimentId)) {
            d = d.withPhotoConsent(PhotoConsent.REFUSED);
        }
        return d;
    }

    private Participant load(long experimentId, long participantId, long expectedVersion) {
        Participant p = participants.findById(participantId).filter(x -> x.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("people.error.notFound"));
        if (p.getVersion() != expectedVersion) {
            throw new ConflictException(p.getUpdatedByName(), p.getUpdatedAt());
        }
        return p;
    }

    private void touch(Participant p) {
        p.touch(clock.instant(), currentUser.require().displayName());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
