package kr.silheomjang.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.people.internal.ConsentEntry;
import kr.silheomjang.people.internal.ConsentEntryRepository;
import kr.silheomjang.people.internal.Participant;
import kr.silheomjang.people.internal.ParticipantRepository;
import kr.silheomjang.people.internal.ParticipantRules;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.RecruitAnswer;
import kr.silheomjang.people.internal.RecruitAnswerRepository;
import kr.silheomjang.people.internal.RecruitApplication;
import kr.silheomjang.people.internal.RecruitApplicationRepository;
import kr.silheomjang.people.internal.Recruitment;
import kr.silheomjang.people.internal.RecruitmentDesk;
import kr.silheomjang.people.internal.RecruitmentRepository;
import kr.silheomjang.security.SubmissionThrottle;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/**
 * Signing up and answering by link, without an account. Deliberately not {@code @PreAuthorize}d: the unguessable form
 * token lets anyone sign up (and reveals only the form), the personal token lets one person see and change only their
 * own step. The same rules as public surveys: a closed experiment refuses, answers are limited in size, submissions in
 * rate ({@link SubmissionThrottle}); a full or closed form says so. A sign-up records the privacy notice version agreed
 * to and the separate filming consent in the consent log.
 */
@Service
@Transactional
public class PublicRecruitmentService {

    static final int MAX_TOKEN_LENGTH = 64;
    public static final int MAX_ANSWER_LENGTH = 1000;

    private final RecruitmentRepository forms;
    private final RecruitApplicationRepository applications;
    private final RecruitAnswerRepository answers;
    private final ParticipantRepository participants;
    private final ConsentEntryRepository consents;
    private final RecruitmentDesk desk;
    private final SubmissionThrottle throttle;
    private final ExperimentAccess access;
    private final PeopleAudit audit;
    private final Clock clock;

    PublicRecruitmentService(RecruitmentRepository forms, RecruitApplicationRepository applications,
            RecruitAnswerRepository answers, ParticipantRepository participants, ConsentEntryRepository consents,
            RecruitmentDesk desk, SubmissionThrottle throttle, ExperimentAccess access, PeopleAudit audit,
            Clock clock) {
        this.forms = forms;
        this.applications = applications;
        this.answers = answers;
        this.participants = participants;
        this.consents = consents;
        this.desk = desk;
        this.throttle = throttle;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The form behind a link, if it takes sign-ups now; otherwise a refusal saying why (closed, full, …). */
    @Transactional(readOnly = true)
    public PublicRecruitment open(String token) {
        Recruitment r = openForm(token);
        RecruitmentSettings s = r.toSettings();
        return new PublicRecruitment(s.title(), s.intro(), s.closesOn(), s.questions(), s.noticePurpose(),
                s.noticeItems(), s.noticeRetention(), s.noticeRefusal(), r.getNoticeVersion());
    }

    /**
     * Signs a person up: a participant at 신청 in the grid (live), the answers, the consents (privacy notice with its
     * version, filming yes or no), and a personal link, which is returned. Everything is checked before anything is
     * written; the same phone number or mail address as someone already listed is flagged, not refused.
     */
    public String apply(String token, ApplicationDraft draft, String address, String session) {
        return apply(token, draft, address, session, null);
    }

    /**
     * As {@link #apply(String, ApplicationDraft, String, String)}, once per {@code submissionKey} (the public page's
     * {@code ui.OfflineDraft} key): a repeat of a stored sign-up (a retried request, a reload after the reply was
     * lost) stores nothing and returns the same personal link.
     */
    public String apply(String token, ApplicationDraft draft, String address, String session,
            @org.jspecify.annotations.Nullable String submissionKey) {
        Recruitment found = openForm(token);
        long experimentId = found.getExperimentId();
        List<String> errors = new ArrayList<>();
        RecruitmentSettings s = found.toSettings();
        ParticipantDraft person = ParticipantDraft.builder().name(draft.name()).phone(draft.phone())
                .email(draft.email()).group(ParticipantGroup.PARTICIPANT).status(AttendanceStatus.APPLIED)
                .photoConsent(draft.photoConsent() ? PhotoConsent.GRANTED : PhotoConsent.REFUSED).build();
        List<String> personProblems = ParticipantRules.problems(person);
        // In the form's order (name, phone, e-mail, answers, consent): the summary on a phone reads like the fields.
        personProblems.stream().filter(k -> k.startsWith("people.error.name")).forEach(e -> add(errors, e));
        if (Texts.isBlank(draft.phone() == null ? "" : draft.phone())) {
            add(errors, "recruit.error.phoneRequired");
        }
        personProblems.forEach(e -> add(errors, e));
        if (draft.answers().size() > s.questions().size()) {
            add(errors, "recruit.error.unknownQuestion");
        }
        List<String> given = draft.answers().stream().map(a -> Texts.strip(a == null ? "" : a)).toList();
        if (given.stream().anyMatch(a -> a.length() > MAX_ANSWER_LENGTH)) {
            add(errors, "recruit.error.answerTooLong");
        }
        if (draft.agreedNoticeVersion() == null) {
            add(errors, "recruit.error.noticeNotAgreed");
        } else if (draft.agreedNoticeVersion() != found.getNoticeVersion()) {
            // The notice changed while the page was open: they must read (and agree to) the current text.
            add(errors, "recruit.error.noticeChanged");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        String key = submissionKey == null || !submissionKey.matches("[A-Za-z0-9_-]{16,64}") ? null : submissionKey;
        ParticipantDraft clean = ParticipantRules.clean(person);
        if (key != null) {
            var stored = applications.findByExperimentIdAndSubmissionKey(experimentId, key);
            if (stored.isPresent()) {
                if (samePerson(stored.get(), clean)) {
                    return desk.personalLink(stored.get().getPersonalToken());
                }
                // A shared phone's browser still held someone else's key: this is a sign-up of its own, and the
                // other person's link is not handed out.
                key = null;
            }
        }
        // Counted only for well-formed sign-ups, as for surveys: fixing a typo never locks anyone out.
        if (!throttle.tryAcquire("join:" + address, "join:" + session)) {
            throw new UserFacingException("recruit.error.rateLimited");
        }
        Recruitment r = forms.lockByExperimentId(experimentId).orElseThrow();
        if (key != null) {
            // Again under the form's lock: two repeats at the same moment take turns (the unique index is the last word).
            var stored = applications.findByExperimentIdAndSubmissionKey(experimentId, key);
            if (stored.isPresent()) {
                if (samePerson(stored.get(), clean)) {
                    return desk.personalLink(stored.get().getPersonalToken());
                }
                key = null;
            }
        }
        if (desk.stateOf(r) != FormState.OPEN) {
            throw new UserFacingException(desk.stateOf(r).messageKey());
        }
        Long duplicateOf = duplicateOf(experimentId, clean);
        Instant now = clock.instant();
        Participant p = new Participant(experimentId, false, now, clean.name());
        p.apply(clean, desk.today());
        participants.save(p);
        String personalToken = RecruitmentDesk.newToken();
        RecruitApplication a = applications.save(new RecruitApplication(experimentId, p.getId(), personalToken, now,
                duplicateOf).withSubmissionKey(key));
        for (int i = 0; i < given.size(); i++) {
            if (!given.get(i).isEmpty()) {
                answers.save(new RecruitAnswer(a.getId(), i, s.questions().get(i), given.get(i)));
            }
        }
        consents.save(ConsentEntry.byApplicant(experimentId, p.getId(), ConsentKind.PERSONAL_DATA,
                ConsentDecision.GIVEN, r.getNoticeVersion(), StoredText.marker("stored.consent.signUpForm"), desk.today(),
                RecruitmentDesk.APPLICANT_SELF, now));
        consents.save(ConsentEntry.byApplicant(experimentId, p.getId(), ConsentKind.FILMING,
                draft.photoConsent() ? ConsentDecision.GIVEN : ConsentDecision.DECLINED, null, StoredText.marker("stored.consent.signUpForm"),
                desk.today(),
                RecruitmentDesk.APPLICANT_SELF, now));
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, List.of());
        audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
        return desk.personalLink(personalToken);
    }

    /** Whether a stored sign-up is the one now repeated: the same phone number (what the form requires). */
    private boolean samePerson(RecruitApplication stored, ParticipantDraft clean) {
        return participants.findById(stored.getParticipantId())
                .map(p -> java.util.Objects.equals(p.getPhone(), clean.phone())).orElse(false);
    }

    /** What a person's link shows: their own step and what they may do. */
    @Transactional(readOnly = true)
    public PersonalStatus personal(String token) {
        Held h = held(token);
        return statusOf(h);
    }

    /** 참여 확정 (when selected) or 재확인 (when confirmed or informed), from the person's link. */
    public PersonalStatus confirm(String token) {
        Held h = held(token);
        forms.lockByExperimentId(h.p.getExperimentId());
        AttendanceStatus now = h.p.getStatus();
        AttendanceStatus next = switch (now) {
            case SELECTED -> AttendanceStatus.CONFIRMED;
            case CONFIRMED, INFORMED -> AttendanceStatus.RECONFIRMED;
            default -> throw new UserFacingException("recruit.error.cannotConfirm");
        };
        move(h, next);
        return statusOf(h);
    }

    /** 취소 from the person's link: their place (if they held one) goes to the first on the waitlist. */
    public PersonalStatus cancel(String token) {
        Held h = held(token);
        Recruitment r = forms.lockByExperimentId(h.p.getExperimentId()).orElseThrow();
        switch (h.p.getStatus()) {
            case APPLIED, SELECTED, WAITLISTED, CONFIRMED, INFORMED, RECONFIRMED -> {
            }
            default -> throw new UserFacingException("recruit.error.cannotCancel");
        }
        move(h, AttendanceStatus.CANCELLED);
        desk.offerFreedPlaces(r);
        return statusOf(h);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private record Held(RecruitApplication a, Participant p, Recruitment r) {
    }

    private Held held(String token) {
        if (token == null || token.length() < 20 || token.length() > MAX_TOKEN_LENGTH) {
            throw new UserFacingException("recruit.error.linkNotFound");
        }
        RecruitApplication a = applications.findByPersonalToken(token)
                .orElseThrow(() -> new UserFacingException("recruit.error.linkNotFound"));
        Participant p = participants.findById(a.getParticipantId())
                .filter(x -> x.getAnonymisedAt() == null)
                .orElseThrow(() -> new UserFacingException("recruit.error.linkNotFound"));
        if (access.isClosed(a.getExperimentId())) {
            throw new UserFacingException("recruit.error.experimentClosed");
        }
        Recruitment r = forms.findByExperimentId(a.getExperimentId())
                .orElseThrow(() -> new UserFacingException("recruit.error.linkNotFound"));
        return new Held(a, p, r);
    }

    private void move(Held h, AttendanceStatus next) {
        h.p.moveTo(next, desk.today());
        h.p.touch(clock.instant(), h.p.getName());
        h.a.answered(clock.instant());
        participants.flush();
        audit.announce(h.p.getExperimentId(), PeopleLive.PARTICIPANTS, List.of(h.p.getId()));
        audit.announce(h.p.getExperimentId(), PeopleLive.RECRUITMENT, List.of());
    }

    private PersonalStatus statusOf(Held h) {
        AttendanceStatus s = h.p.getStatus();
        int position = 0;
        if (s == AttendanceStatus.WAITLISTED) {
            List<RecruitApplication> line = applications.atStatus(h.p.getExperimentId(), AttendanceStatus.WAITLISTED);
            for (int i = 0; i < line.size(); i++) {
                if (Objects.equals(line.get(i).getId(), h.a.getId())) {
                    position = i + 1;
                }
            }
        }
        boolean confirmedish = s == AttendanceStatus.CONFIRMED || s == AttendanceStatus.INFORMED
                || s == AttendanceStatus.RECONFIRMED;
        return new PersonalStatus(h.r.toSettings().title(), h.p.getName(), s, position,
                confirmedish ? h.r.toSettings().eventInfo() : null,
                s == AttendanceStatus.SELECTED || s == AttendanceStatus.CONFIRMED || s == AttendanceStatus.INFORMED,
                s == AttendanceStatus.CONFIRMED || s == AttendanceStatus.INFORMED,
                switch (s) {
                    case APPLIED, SELECTED, WAITLISTED, CONFIRMED, INFORMED, RECONFIRMED -> true;
                    default -> false;
                });
    }

    private Recruitment openForm(String token) {
        if (token == null || token.length() < 20 || token.length() > MAX_TOKEN_LENGTH) {
            throw new UserFacingException("recruit.error.formNotFound");
        }
        Recruitment r = forms.findByToken(token)
                .orElseThrow(() -> new UserFacingException("recruit.error.formNotFound"));
        // A closed experiment is read-only for everyone (decision note 0018), its public forms included.
        if (access.isClosed(r.getExperimentId())) {
            throw new UserFacingException("recruit.error.experimentClosed");
        }
        FormState state = desk.stateOf(r);
        if (state != FormState.OPEN) {
            throw new UserFacingException(state.messageKey());
        }
        return r;
    }

    /** Someone already listed (applicant or not) with the same phone digits or mail address. */
    private Long duplicateOf(long experimentId, ParticipantDraft d) {
        String digits = digits(d.phone());
        String mail = d.email() == null ? null : d.email().toLowerCase(java.util.Locale.ROOT);
        for (Participant other : participants.findByExperimentIdAndAnonymisedAtIsNull(experimentId)) {
            boolean samePhone = digits != null && digits.length() >= 6 && digits.equals(digits(other.getPhone()));
            boolean sameMail = mail != null && other.getEmail() != null
                    && mail.equals(other.getEmail().toLowerCase(java.util.Locale.ROOT));
            if (samePhone || sameMail) {
                return other.getId();
            }
        }
        return null;
    }

    private static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("[^0-9]", "");
    }

    private static void add(List<String> errors, String key) {
        if (!errors.contains(key)) {
            errors.add(key);
        }
    }
}
