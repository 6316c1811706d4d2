package kr.silheomjang.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.internal.ConsentEntry;
import kr.silheomjang.people.internal.ConsentEntryRepository;
import kr.silheomjang.people.internal.Participant;
import kr.silheomjang.people.internal.ParticipantRepository;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.ProposerRecord;
import kr.silheomjang.people.internal.ProposerRecordRepository;
import kr.silheomjang.schedule.ProposerMeeting;
import kr.silheomjang.schedule.ProposerMeetingService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.Notable;

/**
 * 주제 선정 with the proposer: contact channels, the meeting, the caveats explained, and an append-only consent record
 * (a withdrawal is a new entry and takes effect at once: withdrawn filming consent makes the proposer 촬영 불가).
 * Also the experiment's personal-data retention setting.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProposerConsentService {

    static final int MAX_RETENTION_DAYS = 3650;

    private final ProposerRecordRepository records;
    private final ConsentEntryRepository consents;
    private final ParticipantRepository participants;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final PeopleAudit audit;
    private final Clock clock;
    private final ProposerMeetingService meetings;
    private final ExperimentService experiments;
    private final ApplicationEventPublisher events;

    ProposerConsentService(ProposerRecordRepository records, ConsentEntryRepository consents,
            ParticipantRepository participants, ExperimentAccess access, CurrentUser currentUser, PeopleAudit audit,
            Clock clock, ProposerMeetingService meetings, ExperimentService experiments,
            ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.experiments = experiments;
        this.records = records;
        this.consents = consents;
        this.participants = participants;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProposerView get(long experimentId) {
        boolean contacts = access.requireMember(experimentId).canEdit();
        ProposerRecord r = records.findByExperimentId(experimentId).orElse(null);
        // How consent was obtained is free text that often holds the proposer's phone, messenger or address, which
        // guests do not get as contacts either: kind, decision and date stay the record of consent for them.
        List<ConsentEntryView> history = consents.findByExperimentIdOrderByRecordedAtDescIdDesc(experimentId).stream()
                .map(ConsentEntry::toView).map(v -> contacts ? v : v.withoutHow()).toList();
        Map<ConsentKind, ConsentEntryView> current = new EnumMap<>(ConsentKind.class);
        for (ConsentEntryView v : history) {
            current.putIfAbsent(v.kind(), v);
        }
        // The meeting lives on the calendar (one proposer, one meeting); the name typed on 새 실험장 is the
        // proposer's until someone types another here.
        ProposerMeeting calendar = meetings.current(experimentId);
        LocalDate meeting = calendar.date();
        String typedName = experiments.get(experimentId).proposerName();
        if (r == null) {
            return new ProposerView(-1, new ProposerDraft(true, typedName, null, null, null, meeting, null, null,
                    null), Map.of(), null, current, history, null, null, null, null, calendar);
        }
        Map<Caveat, Instant> caveats = new EnumMap<>(Caveat.class);
        put(caveats, Caveat.ONE_OFF, r.getCaveatOneOffAt());
        put(caveats, Caveat.DURATION, r.getCaveatDurationAt());
        put(caveats, Caveat.NOT_POLICY, r.getCaveatNotPolicyAt());
        put(caveats, Caveat.ORGANISER_PLANS, r.getCaveatOrganiserAt());
        ProposerDraft d = new ProposerDraft(r.isProposerKnown(),
                r.getProposerName() != null || r.getContactsErasedAt() != null ? r.getProposerName() : typedName,
                contacts ? r.getContactEmail() : null, contacts ? r.getContactPhone() : null,
                contacts ? r.getContactOther() : null, meeting, r.getNoticeChannel(), r.getNoticeDate(),
                r.getNoticeLink());
        return new ProposerView(r.getVersion(), d, caveats, r.getCaveatsByName(), current, history,
                r.getRetentionDays(), r.getContactsErasedAt(), r.getUpdatedAt(), r.getUpdatedByName(), calendar);
    }

    /**
     * Saves contacts, meeting and notice; {@code expectedVersion} -1 means "there was no record yet". The meeting day
     * goes to the calendar's one proposer meeting (moved, made, or removed when cleared) only when it differs from
     * {@code meetingSeen}, the meeting the form was read with ({@link ProposerView#meeting()}); a meeting changed on
     * the calendar since is then a conflict naming who changed it.
     */
    public void save(long experimentId, long expectedVersion, ProposerMeeting meetingSeen, ProposerDraft draft) {
        access.requireEditor(experimentId);
        validate(draft);
        ProposerRecord r = load(experimentId, expectedVersion);
        r.setProposerKnown(draft.proposerKnown());
        r.setProposerName(blank(draft.name()));
        r.setContactEmail(blank(draft.email()));
        r.setContactPhone(blank(draft.phone()));
        r.setContactOther(blank(draft.otherChannel()));
        r.setNoticeChannel(blank(draft.noticeChannel()));
        r.setNoticeDate(draft.noticeDate());
        r.setNoticeLink(blank(draft.noticeLink()));
        touch(r);
        meetings.setDate(experimentId, meetingSeen, draft.meetingDate());
        audit.announce(experimentId, PeopleLive.PROPOSER, List.of());
    }

    /** Ticks (or unticks) one caveat as explained to the proposer, recording when and by whom. */
    public void setCaveatExplained(long experimentId, long expectedVersion, Caveat caveat, boolean explained) {
        access.requireEditor(experimentId);
        ProposerRecord r = load(experimentId, expectedVersion);
        Instant at = explained ? clock.instant() : null;
        switch (caveat) {
            case ONE_OFF -> r.setCaveatOneOffAt(at);
            case DURATION -> r.setCaveatDurationAt(at);
            case NOT_POLICY -> r.setCaveatNotPolicyAt(at);
            case ORGANISER_PLANS -> r.setCaveatOrganiserAt(at);
        }
        r.setCaveatsByName(currentUser.require().displayName());
        touch(r);
        audit.announce(experimentId, PeopleLive.PROPOSER, List.of());
    }

    /**
     * Appends a consent answer (never edits or deletes one). A withdrawal needs consent in force; withdrawn or
     * refused filming consent turns every proposer participant into 촬영 불가 at once.
     */
    public void recordConsent(long experimentId, ConsentKind kind, ConsentDecision decision, String obtainedHow,
            LocalDate obtainedOn) {
        access.requireEditor(experimentId);
        List<String> errors = new ArrayList<>();
        if (kind == null || decision == null) {
            errors.add("people.consent.error.kindRequired");
        }
        if (obtainedHow == null || obtainedHow.isBlank()) {
            errors.add("people.consent.error.howRequired");
        } else if (obtainedHow.strip().length() > 300) {
            errors.add("people.consent.error.howTooLong");
        }
        if (obtainedOn == null) {
            errors.add("people.consent.error.dateRequired");
        } else if (obtainedOn.isAfter(LocalDate.now(clock))) {
            errors.add("people.consent.error.dateInFuture");
        }
        if (errors.isEmpty() && decision == ConsentDecision.WITHDRAWN
                && !consents.findByExperimentIdAndKindOrderByIdDesc(experimentId, kind).stream().findFirst()
                        .map(c -> c.getDecision().allows()).orElse(false)) {
            errors.add("people.consent.error.nothingToWithdraw");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        AppUser me = currentUser.require();
        consents.save(new ConsentEntry(experimentId, kind, decision, obtainedHow.strip(), obtainedOn, me.id(),
                me.displayName(), clock.instant()));
        if (kind == ConsentKind.FILMING && !decision.allows()) {
            List<Long> changed = new ArrayList<>();
            for (Participant p : participants.findByExperimentIdAndGroup(experimentId, ParticipantGroup.PROPOSER)) {
                if (p.getPhotoConsent() != PhotoConsent.REFUSED) {
                    p.setPhotoConsent(PhotoConsent.REFUSED);
                    p.touch(clock.instant(), me.displayName());
                    changed.add(p.getId());
                }
            }
            if (!changed.isEmpty()) {
                audit.announce(experimentId, PeopleLive.PARTICIPANTS, changed);
            }
        }
        audit.announce(experimentId, PeopleLive.PROPOSER, List.of());
        if (decision == ConsentDecision.WITHDRAWN) {
            // The subject is the consent kind only: no participant's name travels into an inbox.
            events.publishEvent(new Notable(Notable.Kind.CONSENT_WITHDRAWN, experimentId, me.id(), me.displayName(),
                    List.of(), experimentId, kind.name()));
        }
    }

    /**
     * The day after which an experiment's personal data is purged: the follow-up end (else the event day) plus the
     * owner's number of days, or plus one year when the owner set none. Every experiment has one.
     */
    public static LocalDate retentionDate(@Nullable LocalDate followUpEnd, LocalDate eventDay,
            @Nullable Integer days) {
        LocalDate base = followUpEnd != null ? followUpEnd : eventDay;
        return days == null ? base.plusYears(1) : base.plusDays(days);
    }

    /**
     * Personal-data retention: everything on the personal-data map is purged this many days after the follow-up
     * ends; null means the default, one year. Owners only.
     */
    public void setRetentionDays(long experimentId, long expectedVersion, Integer days) {
        access.requireOwner(experimentId);
        if (days != null && (days < 0 || days > MAX_RETENTION_DAYS)) {
            throw new UserFacingException("people.retention.error.range");
        }
        ProposerRecord r = load(experimentId, expectedVersion);
        r.setRetentionDays(days);
        touch(r);
        audit.announce(experimentId, PeopleLive.PROPOSER, List.of());
    }

    private ProposerRecord load(long experimentId, long expectedVersion) {
        ProposerRecord r = records.findByExperimentId(experimentId).orElse(null);
        if (r == null) {
            if (expectedVersion != -1) {
                throw new UserFacingException("people.error.notFound");
            }
            r = records.save(new ProposerRecord(experimentId, clock.instant(), currentUser.require().displayName()));
            records.flush();
            return r;
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConflictException(r.getUpdatedByName(), r.getUpdatedAt());
        }
        return r;
    }

    private void touch(ProposerRecord r) {
        r.touch(clock.instant(), currentUser.require().displayName());
    }

    static void validate(ProposerDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.name() != null && d.name().strip().length() > 100) {
            errors.add("people.proposer.error.nameTooLong");
        }
        if (d.email() != null && !d.email().isBlank()
                && !AccountService.isValidEmail(AccountService.normalizeEmail(d.email()))) {
            errors.add("people.error.emailInvalid");
        }
        if (d.phone() != null && d.phone().strip().length() > 40) {
            errors.add("people.error.phoneInvalid");
        }
        if (d.otherChannel() != null && d.otherChannel().strip().length() > 300) {
            errors.add("people.error.textTooLong");
        }
        if (d.noticeChannel() != null && d.noticeChannel().strip().length() > 200) {
            errors.add("people.error.textTooLong");
        }
        if (d.noticeLink() != null && !d.noticeLink().isBlank() && !Texts.isWebAddress(d.noticeLink().strip())) {
            errors.add("people.proposer.error.linkInvalid");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.stream().distinct().toList());
        }
    }

    private static <K> void put(Map<K, Instant> m, K k, Instant v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
