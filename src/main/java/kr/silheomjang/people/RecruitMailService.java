package kr.silheomjang.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.mail.Delivery;
import kr.silheomjang.mail.DeliveryCounts;
import kr.silheomjang.mail.EnqueueResult;
import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.people.internal.Participant;
import kr.silheomjang.people.internal.PeopleAudit;
import kr.silheomjang.people.internal.RecruitApplication;
import kr.silheomjang.people.internal.RecruitApplicationRepository;
import kr.silheomjang.people.internal.Recruitment;
import kr.silheomjang.people.internal.RecruitmentDesk;
import kr.silheomjang.people.internal.RecruitmentRepository;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;

/**
 * The recruitment's mails (issue 14): selection, event information and reconfirmation, each with the person's own
 * link, through the shared outbox (same keys, opt-outs and delivery log as every mailing). Without a mail server the
 * team copies the links for SMS and records the mails as sent by hand. Owners and planners only.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RecruitMailService {

    private final RecruitmentRepository forms;
    private final RecruitApplicationRepository applications;
    private final RecruitmentDesk desk;
    private final MailOutbox outbox;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final PeopleAudit audit;
    private final Clock clock;

    RecruitMailService(RecruitmentRepository forms, RecruitApplicationRepository applications, RecruitmentDesk desk,
            MailOutbox outbox, ExperimentAccess access, CurrentUser currentUser, PeopleAudit audit, Clock clock) {
        this.forms = forms;
        this.applications = applications;
        this.desk = desk;
        this.outbox = outbox;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a mail server is configured (otherwise: copy links, then record the mails as sent by hand). */
    @Transactional(readOnly = true)
    public boolean mailConfigured(long experimentId) {
        access.requireEditor(experimentId);
        return outbox.configured();
    }

    /** How many applicants a mail would reach now (by step; with or without a mail address). */
    @Transactional(readOnly = true)
    public int recipientCount(long experimentId, RecruitMail kind) {
        access.requireEditor(experimentId);
        return recipients(experimentId, kind).size();
    }

    /**
     * Sends one mail with a personal link to everyone at the mail's step who has a mail address (once per person:
     * the outbox keys); the event information moves them to 안내 발송.
     */
    public EnqueueResult send(long experimentId, RecruitMail kind) {
        return deliver(experimentId, kind, false);
    }

    /** Without a mail server: the team sent the links itself (SMS, phone); recorded the same way, never sent later. */
    public EnqueueResult markSentByHand(long experimentId, RecruitMail kind) {
        return deliver(experimentId, kind, true);
    }

    private EnqueueResult deliver(long experimentId, RecruitMail kind, boolean byHand) {
        access.requireEditor(experimentId);
        if (kind == RecruitMail.WAITLIST_OFFER) {
            throw new UserFacingException("recruit.error.nothingSelected");
        }
        Recruitment r = forms.lockByExperimentId(experimentId)
                .orElseThrow(() -> new UserFacingException("recruit.error.noForm"));
        List<Object[]> to = recipients(experimentId, kind);
        if (to.isEmpty()) {
            throw new UserFacingException("recruit.error.noRecipients");
        }
        if (kind == RecruitMail.EVENT_INFO && (r.toSettings().eventInfo() == null)) {
            throw new UserFacingException("recruit.error.noEventInfo");
        }
        List<OutgoingMail> mails = new ArrayList<>();
        List<Participant> reached = new ArrayList<>();
        for (Object[] row : to) {
            Participant p = (Participant) row[1];
            boolean mailable = p.getEmail() != null && MailOutbox.plausibleAddress(p.getEmail());
            if (mailable) {
                mails.add(desk.mail(kind, r, (RecruitApplication) row[0], p));
            }
            if (mailable || byHand) {
                reached.add(p);
            }
        }
        if (!byHand && mails.isEmpty()) {
            throw new UserFacingException("recruit.error.noAddresses");
        }
        EnqueueResult result = mails.isEmpty() ? new EnqueueResult(0, 0, 0, 0)
                : byHand ? outbox.recordSentByHand(mails) : outbox.enqueue(mails);
        if (kind == RecruitMail.EVENT_INFO) {
            String me = currentUser.require().displayName();
            reached.forEach(p -> {
                p.moveTo(AttendanceStatus.INFORMED, desk.today());
                p.touch(clock.instant(), me);
            });
            audit.announce(experimentId, PeopleLive.PARTICIPANTS, reached.stream().map(Participant::getId).toList());
        }
        audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
        return result;
    }

    private List<Object[]> recipients(long experimentId, RecruitMail kind) {
        return applications.withParticipants(experimentId).stream()
                .filter(row -> kind.recipients().contains(((Participant) row[1]).getStatus())).toList();
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long experimentId, RecruitMail kind, int page, int size) {
        access.requireEditor(experimentId);
        return outbox.deliveries(RecruitmentDesk.batchKey(experimentId, kind), page, size);
    }

    @Transactional(readOnly = true)
    public DeliveryCounts deliveryCounts(long experimentId, RecruitMail kind) {
        access.requireEditor(experimentId);
        return outbox.counts(RecruitmentDesk.batchKey(experimentId, kind));
    }

    public int retryFailed(long experimentId, RecruitMail kind) {
        access.requireEditor(experimentId);
        return outbox.retryFailed(RecruitmentDesk.batchKey(experimentId, kind));
    }

}
