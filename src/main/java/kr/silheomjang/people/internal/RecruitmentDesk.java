package kr.silheomjang.people.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.FormState;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.ReconfirmPlan;
import kr.silheomjang.people.RecruitMail;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.StoredText;

/**
 * What the planners' and the public recruitment services share: the form's state by the Seoul calendar, capacity,
 * links from the configured base URL, the mails, and offering a freed place to the first on the waitlist. Callers hold
 * the form's row lock ({@link RecruitmentRepository#lockByExperimentId}) while counting and moving people.
 */
@Component
public class RecruitmentDesk {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** Who the grid says moved a waitlisted person up (no member did). */
    public static final String WAITLIST_ACTOR = StoredText.marker("stored.actor.waitlist");
    /** Who recorded an applicant's own consent (never their name: the consent log outlives erasure). */
    public static final String APPLICANT_SELF = StoredText.marker("stored.actor.applicantSelf");
    private static final SecureRandom RANDOM = new SecureRandom();
    static final List<AttendanceStatus> HOLDING = Arrays.stream(AttendanceStatus.values())
            .filter(AttendanceStatus::holdsPlace).toList();

    private final RecruitApplicationRepository applications;
    private final ParticipantRepository participants;
    private final MailOutbox outbox;
    private final PublicBaseUrl baseUrl;
    private final I18NProvider texts;
    private final PeopleAudit audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    RecruitmentDesk(RecruitApplicationRepository applications, ParticipantRepository participants, MailOutbox outbox,
            PublicBaseUrl baseUrl, I18NProvider texts, PeopleAudit audit, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.participants = participants;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /** 32 random bytes, URL-safe: the form's and each person's link. */
    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public String formLink(String token) {
        return baseUrl.link("/join/" + token);
    }

    public String personalLink(String token) {
        return baseUrl.link("/rsvp/" + token);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SEOUL));
    }

    public FormState stateOf(Recruitment r) {
        LocalDate today = today();
        if (!r.isAccepting()) {
            return FormState.OFF;
        }
        if (r.getOpensOn() != null && today.isBefore(r.getOpensOn())) {
            return FormState.NOT_YET_OPEN;
        }
        if (r.getClosesOn() != null && today.isAfter(r.getClosesOn())) {
            return FormState.CLOSED;
        }
        if (r.getMaxApplications() != null
                && applications.countActive(r.getExperimentId()) >= r.getMaxApplications()) {
            return FormState.FULL;
        }
        return FormState.OPEN;
    }

    /** The experiment's event day (the run day), read directly: the scheduled job has no user session. */
    public LocalDate eventDate(long experimentId) {
        return jdbc.query("select event_date from experiment where id = ?",
                rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null, experimentId);
    }

    public ReconfirmPlan reconfirmPlan(Recruitment r) {
        LocalDate event = eventDate(r.getExperimentId());
        return new ReconfirmPlan(event, r.getReconfirmDays(), ReconfirmPlan.dueOn(event, r.getReconfirmDays()),
                r.getReconfirmRunOn(), r.getReconfirmRunAt(),
                r.getReconfirmQueued() == null ? 0 : r.getReconfirmQueued(), outbox.configured());
    }

    public long placesHeld(long experimentId) {
        return applications.countAt(experimentId, HOLDING);
    }

    /**
     * Offers each free place to the first on the waitlist (first come first): they become 선정, marked as offered,
     * and get the waitlist offer mail with their personal link when a mail server is there (otherwise the planners see
     * the offer in the list and copy the link for SMS). Returns the participant ids moved up.
     */
    public List<Long> offerFreedPlaces(Recruitment r) {
        long experimentId = r.getExperimentId();
        List<Long> moved = new ArrayList<>();
        long free = r.getCapacity() - placesHeld(experimentId);
        if (free <= 0) {
            return moved;
        }
        List<OutgoingMail> mails = new ArrayList<>();
        for (RecruitApplication a : applications.atStatus(experimentId, AttendanceStatus.WAITLISTED)) {
            if (free-- <= 0) {
                break;
            }
            Participant p = participants.findById(a.getParticipantId()).orElseThrow();
            p.moveTo(AttendanceStatus.SELECTED, today());
            p.touch(clock.instant(), WAITLIST_ACTOR);
            a.offered(clock.instant());
            moved.add(p.getId());
            if (p.getEmail() != null && MailOutbox.plausibleAddress(p.getEmail())) {
                mails.add(mail(RecruitMail.WAITLIST_OFFER, r, a, p));
            }
        }
        if (!mails.isEmpty() && outbox.configured()) {
            outbox.enqueue(mails);
        }
        if (!moved.isEmpty()) {
            participants.flush();
            audit.announce(experimentId, PeopleLive.PARTICIPANTS, moved);
            audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
        }
        return moved;
    }

    /** One recruitment mail to one person (idempotent per kind and application; a new offer is a new mail). */
    public OutgoingMail mail(RecruitMail kind, Recruitment r, RecruitApplication a, Participant p) {
        String key = "recruit:" + kind.name().toLowerCase(Locale.ROOT) + ":" + a.getId()
                + (kind == RecruitMail.WAITLIST_OFFER && a.getOfferedAt() != null
                        ? ":" + a.getOfferedAt().toEpochMilli() : "");
        String title = r.toSettings().title();
        String info = r.toSettings().eventInfo() == null ? "" : r.toSettings().eventInfo();
        String subject = texts.getTranslation(kind.messageKey() + ".subject", Locale.KOREAN, title);
        String body = texts.getTranslation(kind.messageKey() + ".body", Locale.KOREAN, p.getName(), title,
                personalLink(a.getPersonalToken()), info);
        return new OutgoingMail(key, batchKey(r.getExperimentId(), kind), r.getExperimentId(), p.getEmail(),
                p.getName(), subject, body);
    }

    public static String batchKey(long experimentId, RecruitMail kind) {
        return "recruit:" + experimentId + ":" + kind.name().toLowerCase(Locale.ROOT);
    }
}
