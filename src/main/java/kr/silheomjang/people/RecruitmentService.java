package kr.silheomjang.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.people.internal.Participant;
import kr.silheomjang.people.internal.ParticipantRepository;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.RecruitAnswer;
import kr.silheomjang.people.internal.RecruitAnswerRepository;
import kr.silheomjang.people.internal.RecruitApplication;
import kr.silheomjang.people.internal.RecruitApplicationRepository;
import kr.silheomjang.people.internal.Recruitment;
import kr.silheomjang.people.internal.RecruitmentDesk;
import kr.silheomjang.people.internal.RecruitmentRepository;
import kr.silheomjang.people.internal.RecruitmentRules;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * Public recruitment for planners (issue 14): the owner sets up and opens the sign-up form; owners and planners select
 * applicants (선정 / 대기 / 미선정, one or many, never beyond capacity) and cancel for someone (the mails are
 * {@link RecruitMailService}). A place freed by a cancellation is offered to the
 * first on the waitlist. Partner guests see none of it. Sign-ups, selection and cancellations lock the form's row, so
 * capacity is counted by one at a time.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RecruitmentService {

    /** The steps planners move applicants to from the selection list. */
    public static final Set<AttendanceStatus> SELECTION_STEPS = EnumSet.of(AttendanceStatus.SELECTED,
            AttendanceStatus.WAITLISTED, AttendanceStatus.DECLINED, AttendanceStatus.CANCELLED);

    private final RecruitmentRepository forms;
    private final RecruitApplicationRepository applications;
    private final RecruitAnswerRepository answers;
    private final ParticipantRepository participants;
    private final RecruitmentDesk desk;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final PeopleAudit audit;
    private final Clock clock;
    private final kr.silheomjang.people.internal.ProposerRecordRepository proposers;

    RecruitmentService(RecruitmentRepository forms, RecruitApplicationRepository applications,
            RecruitAnswerRepository answers, ParticipantRepository participants, RecruitmentDesk desk,
            ExperimentAccess access, CurrentUser currentUser, PeopleAudit audit, Clock clock,
            kr.silheomjang.people.internal.ProposerRecordRepository proposers) {
        this.proposers = proposers;
        this.forms = forms;
        this.applications = applications;
        this.answers = answers;
        this.participants = participants;
        this.desk = desk;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the form ------------------------------------------------------------------------------------------------

    /**
     * How long after the follow-up this experiment keeps personal data (사람 → 개인정보; null: the default year): what
     * the form's privacy notice must promise.
     */
    @Transactional(readOnly = true)
    public @Nullable Integer retentionDays(long experimentId) {
        access.requireEditor(experimentId);
        return proposers.findByExperimentId(experimentId)
                .map(kr.silheomjang.people.internal.ProposerRecord::getRetentionDays).orElse(null);
    }

    /** The form and its counts; empty while the owner has not set one up. */
    @Transactional(readOnly = true)
    public Optional<RecruitmentState> state(long experimentId) {
        access.requireEditor(experimentId);
        return forms.findByExperimentId(experimentId).map(this::stateOf);
    }

    /**
     * Creates ({@code expectedVersion} null) or saves the form's settings; a changed privacy notice gets a new text
     * version (earlier applicants keep the version they agreed to). Owners only.
     */
    public RecruitmentState save(long experimentId, Long expectedVersion, RecruitmentSettings settings) {
        access.requireOwner(experimentId);
        RecruitmentSettings s = RecruitmentRules.validated(settings);
        String me = currentUser.require().displayName();
        Recruitment r = forms.lockByExperimentId(experimentId).orElse(null);
        if (r == null) {
            r = forms.save(new Recruitment(experimentId, RecruitmentDesk.newToken(), s, clock.instant(), me));
        } else {
            if (expectedVersion == null || r.getVersion() != expectedVersion) {
                throw new ConflictException(r.getUpdatedByName(), r.getUpdatedAt());
            }
            r.apply(s, clock.instant(), me);
            forms.flush();
            // A larger capacity frees places: the waitlist moves up.
            desk.offerFreedPlaces(r);
        }
        forms.flush();
        audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
        return stateOf(r);
    }

    /** Opens or closes the form by hand (the dates still apply while it is open). Owners only. */
    public void setAccepting(long experimentId, long expectedVersion, boolean accepting) {
        access.requireOwner(experimentId);
        Recruitment r = forms.lockByExperimentId(experimentId)
                .orElseThrow(() -> new UserFacingException("recruit.error.noForm"));
        if (r.getVersion() != expectedVersion) {
            throw new ConflictException(r.getUpdatedByName(), r.getUpdatedAt());
        }
        r.setAccepting(accepting, clock.instant(), currentUser.require().displayName());
        audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
    }

    // --- applicants ----------------------------------------------------------------------------------------------

    /** Every applicant, first come first, with their answers (two queries whatever the number). */
    @Transactional(readOnly = true)
    public List<ApplicantRow> applicants(long experimentId) {
        access.requireEditor(experimentId);
        return rowsOf(applications.withParticipants(experimentId));
    }

    /** One page of the applicants, first come first (the lazy selection list). */
    @Transactional(readOnly = true)
    public List<ApplicantRow> applicants(long experimentId, int page, int size) {
        access.requireEditor(experimentId);
        return rowsOf(applications.pageWithParticipants(experimentId,
                org.springframework.data.domain.PageRequest.of(page, size)));
    }

    @Transactional(readOnly = true)
    public int applicantCount(long experimentId) {
        access.requireEditor(experimentId);
        return (int) applications.countByExperimentId(experimentId);
    }

    /** These applicants as they are now (refreshing rows in place); ids that are not applicants are left out. */
    @Transactional(readOnly = true)
    public List<ApplicantRow> applicantRows(long experimentId, Set<Long> participantIds) {
        access.requireEditor(experimentId);
        return participantIds.isEmpty() ? List.of()
                : rowsOf(applications.withParticipants(experimentId, participantIds));
    }

    private List<ApplicantRow> rowsOf(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> ((RecruitApplication) r[0]).getId()).toList();
        Map<Long, List<ApplicantRow.Answer>> byApplication = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (RecruitAnswer a : answers.findByApplicationIdInOrderByApplicationIdAscSortOrderAsc(ids)) {
                byApplication.computeIfAbsent(a.getApplicationId(), k -> new ArrayList<>())
                        .add(new ApplicantRow.Answer(a.getQuestion(), a.getAnswer()));
            }
        }
        List<ApplicantRow> out = new ArrayList<>();
        for (Object[] row : rows) {
            RecruitApplication a = (RecruitApplication) row[0];
            Participant p = (Participant) row[1];
            out.add(new ApplicantRow(p.getId(), p.getVersion(), p.getName(), p.getPhone(), p.getEmail(),
                    p.getStatus(), p.getPhotoConsent(), a.getAppliedAt(), a.getDuplicateOf() != null,
                    a.getOfferedAt(), byApplication.getOrDefault(a.getId(), List.of())));
        }
        return out;
    }

    /** The personal link of one applicant (to copy for SMS when there is no mail server). */
    @Transactional(readOnly = true)
    public String personalLink(long experimentId, long participantId) {
        access.requireEditor(experimentId);
        RecruitApplication a = applications.findByParticipantId(participantId)
                .filter(x -> x.getExperimentId() == experimentId)
                .orElseThrow(() -> new UserFacingException("people.error.notFound"));
        return desk.personalLink(a.getPersonalToken());
    }

    /**
     * Moves applicants (participant id → version the user saw) to 선정, 대기, 미선정 or 취소; all or nothing. Selecting
     * beyond capacity is refused with the places left; cancelling a place offers it to the first on the waitlist.
     */
    public void select(long experimentId, Map<Long, Long> versionsById, AttendanceStatus step) {
        access.requireEditor(experimentId);
        if (step == null || !SELECTION_STEPS.contains(step) || versionsById.isEmpty()) {
            throw new UserFacingException("recruit.error.nothingSelected");
        }
        Recruitment r = forms.lockByExperimentId(experimentId)
                .orElseThrow(() -> new UserFacingException("recruit.error.noForm"));
        List<Participant> rows = participants.findByExperimentIdAndIdIn(experimentId, versionsById.keySet());
        Set<Long> applicantIds = applications.findByExperimentIdAndParticipantIdIn(experimentId,
                versionsById.keySet()).stream().map(RecruitApplication::getParticipantId).collect(Collectors.toSet());
        if (rows.size() != versionsById.size() || !applicantIds.containsAll(versionsById.keySet())) {
            throw new UserFacingException("people.error.notFound");
        }
        for (Participant p : rows) {
            if (p.getVersion() != versionsById.get(p.getId())) {
                throw new ConflictException(p.getUpdatedByName(), p.getUpdatedAt());
            }
        }
        if (step.holdsPlace()) {
            long joining = rows.stream().filter(p -> !p.getStatus().holdsPlace()).count();
            long left = r.getCapacity() - desk.placesHeld(experimentId);
            if (joining > left) {
                throw new UserFacingException("recruit.error.overCapacity");
            }
        }
        String me = currentUser.require().displayName();
        for (Participant p : rows) {
            p.moveTo(step, desk.today());
            p.touch(clock.instant(), me);
        }
        participants.flush();
        audit.announce(experimentId, PeopleLive.PARTICIPANTS, rows.stream().map(Participant::getId).toList());
        audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
        if (!step.holdsPlace()) {
            desk.offerFreedPlaces(r);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private RecruitmentState stateOf(Recruitment r) {
        long experimentId = r.getExperimentId();
        long held = desk.placesHeld(experimentId);
        long applied = applications.atStatus(experimentId, AttendanceStatus.APPLIED).size();
        long waitlisted = applications.atStatus(experimentId, AttendanceStatus.WAITLISTED).size();
        return new RecruitmentState(r.getVersion(), r.toSettings(), r.isAccepting(), desk.stateOf(r),
                desk.formLink(r.getToken()), r.getNoticeVersion(), held, applied, waitlisted,
                applications.countByExperimentId(experimentId), r.getUpdatedAt(), r.getUpdatedByName(),
                desk.reconfirmPlan(r));
    }
}
