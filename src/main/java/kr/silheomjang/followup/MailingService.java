package kr.silheomjang.followup;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.internal.Mailing;
import kr.silheomjang.followup.internal.MailingRepository;
import kr.silheomjang.mail.Delivery;
import kr.silheomjang.mail.DeliveryCounts;
import kr.silheomjang.mail.EnqueueResult;
import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.csv.CsvWriter;

/**
 * Thank-you and results mail (참여자 대상 발송): mailings made from the guide's templates, sent through the shared
 * outbox (decision note 0011). Each recipient's mail is keyed by the mailing and the participant, so a double click,
 * a retry or a restart never mails anyone twice; once sent, a mailing is kept as it was. Without SMTP the page offers
 * the recipients as CSV instead. Owners and planners only: recipients' addresses are personal data.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MailingService {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 6000;
    /** A participant's name at its longest (people's own limit), as {이름} may become. */
    static final int MAX_NAME = 100;

    private final MailingRepository mailings;
    private final ParticipantService participants;
    private final ExperimentService experiments;
    private final MailOutbox outbox;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final I18NProvider i18n;

    MailingService(MailingRepository mailings, ParticipantService participants, ExperimentService experiments,
            MailOutbox outbox, ExperimentAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, I18NProvider i18n) {
        this.i18n = i18n;
        this.mailings = mailings;
        this.participants = participants;
        this.experiments = experiments;
        this.outbox = outbox;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether mail can be sent here at all (SMTP configured); otherwise the page offers CSV. */
    @Transactional(readOnly = true)
    public boolean mailConfigured(long experimentId) {
        access.requireEditor(experimentId);
        return outbox.configured();
    }

    /** The experiment's mailings, newest first. */
    @Transactional(readOnly = true)
    public List<MailingDetails> list(long experimentId) {
        access.requireEditor(experimentId);
        return mailings.findByExperimentIdOrderByIdDesc(experimentId).stream().map(Mailing::toView).toList();
    }

    @Transactional(readOnly = true)
    public MailingDetails get(long experimentId, long mailingId) {
        access.requireEditor(experimentId);
        return mailing(experimentId, mailingId).toView();
    }

    /**
     * A new mailing from a template, to the template's usual segments, its text in the maker's language
     * ({@code locale}, Korean when null). Returns its id.
     */
    public long create(long experimentId, MailTemplate template, @Nullable Locale locale) {
        access.requireEditor(experimentId);
        if (template == null) {
            throw new UserFacingException("followup.error.mailing.template");
        }
        Set<Segment> segments = switch (template) {
            case THANKS -> EnumSet.of(Segment.ATTENDED);
            case RESULTS -> EnumSet.of(Segment.ATTENDED, Segment.PROPOSER, Segment.PARTNERS);
            case MORE -> EnumSet.of(Segment.ATTENDED, Segment.NOT_ATTENDED);
        };
        ExperimentDetails e = experiments.get(experimentId);
        Locale language = Texts.language(locale);
        // "2026년 12월 1일" / "December 1, 2026": the long date of the maker's language.
        String schedule = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(e.eventDate());
        Mailing m = mailings.save(new Mailing(experimentId, template, new MailingDraft(segments,
                i18n.getTranslation(template.subjectKey(), language), i18n.getTranslation(template.bodyKey(), language),
                null, schedule), clock.instant(), me().displayName()));
        announce(experimentId, m.getId());
        return m.getId();
    }

    /** Saves the editor's text if nobody saved since {@code expectedVersion}; a sent mailing stays as it was. */
    public void save(long experimentId, long mailingId, long expectedVersion, MailingDraft draft) {
        access.requireEditor(experimentId);
        validate(draft);
        fitsTheOutboxOnceMerged(experimentId, draft);
        mailings.lockRow(mailingId);
        Mailing m = current(experimentId, mailingId, expectedVersion);
        if (m.getSentAt() != null) {
            throw new UserFacingException("followup.error.mailing.sent");
        }
        m.apply(draft, clock.instant(), me().displayName());
        announce(experimentId, mailingId);
    }

    /** Who the mailing reaches now, and who of its segments it cannot (no address, opted out). */
    @Transactional(readOnly = true)
    public Recipients recipients(long experimentId, long mailingId) {
        access.requireEditor(experimentId);
        return recipientsOf(experimentId, mailing(experimentId, mailingId).toView().segments());
    }

    /** The mailing as one recipient will read it. */
    @Transactional(readOnly = true)
    public MailPreview preview(long experimentId, long mailingId, long participantId) {
        access.requireEditor(experimentId);
        MailingDetails m = mailing(experimentId, mailingId).toView();
        Recipients.Recipient r = recipientsOf(experimentId, m.segments()).list().stream()
                .filter(x -> x.participantId() == participantId).findFirst()
                .orElseThrow(() -> new UserFacingException("followup.error.mailing.notRecipient"));
        return merged(experimentId, m, r.name(), r.email());
    }

    /**
     * Sends the mailing, as it is now, to the caller's own address (once per saved version: pressing again sends
     * nothing new), its subject marked as a test in the sender's language.
     */
    public EnqueueResult sendTest(long experimentId, long mailingId, @Nullable Locale locale) {
        access.requireEditor(experimentId);
        MailingDetails m = mailing(experimentId, mailingId).toView();
        AppUser me = me();
        MailPreview p = merged(experimentId, m, me.displayName(), me.email());
        return outbox.enqueue(List.of(new OutgoingMail("followup-mailing-test:" + mailingId + ":v" + m.version() + ":"
                + me.id(), testBatch(mailingId), experimentId, me.email(), me.displayName(),
                subject(i18n.getTranslation("followup.mail.testPrefix", Texts.language(locale)) + p.subject()),
                p.body())));
    }

    /**
     * Sends the mailing to its recipients through the outbox. The first send keeps the mailing as it was (checked
     * against the version the user saw); sending again — a double click, a retry after an error, after a restart —
     * adds only people who were not mailed yet (e.g. marked as attended since), never anyone twice.
     */
    public EnqueueResult send(long experimentId, long mailingId, long expectedVersion) {
        return deliver(experimentId, mailingId, expectedVersion, outbox::enqueue);
    }

    /**
     * Without a mail server the team mails the recipient list (CSV) itself, then says so here: each recipient is
     * recorded in the delivery log as reached by hand, the mailing counts as sent, and a later send through a server
     * mails none of them again (same keys as {@link #send}).
     */
    public EnqueueResult markSentByHand(long experimentId, long mailingId, long expectedVersion) {
        return deliver(experimentId, mailingId, expectedVersion, outbox::recordSentByHand);
    }

    private EnqueueResult deliver(long experimentId, long mailingId, long expectedVersion,
            java.util.function.Function<List<OutgoingMail>, EnqueueResult> outboxRecord) {
        access.requireEditor(experimentId);
        mailings.lockRow(mailingId);
        Mailing m = mailing(experimentId, mailingId);
        if (m.getSentAt() == null) {
            if (m.getVersion() != expectedVersion) {
                throw new ConflictException(m.getUpdatedByName(), m.getUpdatedAt());
            }
            validate(m.toView().toDraft());
        }
        MailingDetails view = m.toView();
        Recipients recipients = recipientsOf(experimentId, view.segments());
        if (recipients.list().isEmpty()) {
            throw new UserFacingException("followup.error.mailing.noRecipients");
        }
        List<OutgoingMail> mails = new ArrayList<>();
        for (Recipients.Recipient r : recipients.list()) {
            MailPreview p = merged(experimentId, view, r.name(), r.email());
            mails.add(new OutgoingMail("followup-mailing:" + mailingId + ":" + r.participantId(), batch(mailingId),
                    experimentId, r.email(), r.name(), p.subject(), p.body()));
        }
        EnqueueResult recorded = outboxRecord.apply(mails);
        if (m.getSentAt() == null) {
            m.markSent(clock.instant(), me().displayName());
            announce(experimentId, mailingId);
        }
        // The people left out before the outbox count too: the done message repeats what the page said before sending.
        return new EnqueueResult(recorded.queued(), recorded.alreadyThere(),
                recorded.optedOut() + recipients.optedOut(), recorded.invalidAddress() + recipients.withoutAddress());
    }

    /**
     * The recipients as CSV (shared writer) for mailing by hand when no SMTP server is configured; headers, group and
     * status in the downloader's language.
     */
    @Transactional(readOnly = true)
    public byte[] recipientsCsv(long experimentId, long mailingId, @Nullable Locale locale) {
        access.requireEditor(experimentId);
        MailingDetails m = mailing(experimentId, mailingId).toView();
        Locale l = Texts.language(locale);
        CsvWriter csv = CsvWriter.withHeader(Stream.of("name", "email", "group", "status", "subject", "body")
                .map(k -> i18n.getTranslation("followup.mail.csv." + k, l)).toArray(String[]::new));
        for (Recipients.Recipient r : recipientsOf(experimentId, m.segments()).list()) {
            MailPreview p = merged(experimentId, m, r.name(), r.email());
            csv.row(r.name(), r.email(), i18n.getTranslation(r.group().messageKey(), l),
                    i18n.getTranslation(r.status().messageKey(), l), p.subject(), p.body());
        }
        return csv.toBytes();
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long experimentId, long mailingId, int page, int pageSize) {
        access.requireEditor(experimentId);
        mailing(experimentId, mailingId);
        return outbox.deliveries(batch(mailingId), page, pageSize);
    }

    @Transactional(readOnly = true)
    public DeliveryCounts deliveryCounts(long experimentId, long mailingId) {
        access.requireEditor(experimentId);
        mailing(experimentId, mailingId);
        return outbox.counts(batch(mailingId));
    }

    public int retryFailed(long experimentId, long mailingId) {
        access.requireEditor(experimentId);
        mailing(experimentId, mailingId);
        return outbox.retryFailed(batch(mailingId));
    }

    /** Whether a mailing of this template was sent (for the stage checklist). Members may ask. */
    @Transactional(readOnly = true)
    public boolean wasSent(long experimentId, MailTemplate template) {
        access.requireMember(experimentId);
        return mailings.existsByExperimentIdAndTemplateAndSentAtIsNotNull(experimentId, template);
    }

    /** The delivery log's batch key of a mailing. */
    public static String batch(long mailingId) {
        return "followup-mailing:" + mailingId;
    }

    static String testBatch(long mailingId) {
        return "followup-mailing-test:" + mailingId;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Recipients recipientsOf(long experimentId, Set<Segment> segments) {
        List<ParticipantRow> chosen = participants.list(experimentId).stream()
                .filter(p -> !p.anonymised() && segments.stream().anyMatch(s -> s.includes(p))).toList();
        List<ParticipantRow> addressed = chosen.stream()
                .filter(p -> p.email() != null && MailOutbox.plausibleAddress(p.email())).toList();
        Set<String> optedOut = outbox.optedOut(addressed.stream().map(p -> p.email()).toList());
        List<Recipients.Recipient> list = new ArrayList<>();
        int opted = 0;
        for (ParticipantRow p : addressed) {
            if (optedOut.contains(p.email().strip().toLowerCase(java.util.Locale.ROOT))) {
                opted++;
            } else {
                list.add(new Recipients.Recipient(p.id(), p.name(), p.email().strip(), p.group(), p.status()));
            }
        }
        return new Recipients(list, chosen.size() - addressed.size(), opted);
    }

    private MailPreview merged(long experimentId, MailingDetails m, String name, String email) {
        Map<String, String> values = mergeValues(experimentId, name, m.resultLink(), m.scheduleText());
        return new MailPreview(email, subject(MailMerge.apply(m.subject(), values).replace('\n', ' ').strip()),
                MailMerge.apply(m.body(), values));
    }

    /**
     * A subject as the outbox takes it: a subject saved within {@link #MAX_SUBJECT} can grow past the outbox's limit
     * when {실험장} expands to the experiment's name (up to 200 characters) or the test mark is put before it, and it
     * must not be refused only at sending; it is cut, ending in "…".
     */
    static String subject(String merged) {
        return Texts.cut(merged, MailOutbox.MAX_SUBJECT);
    }

    /** What the merge fields become for one recipient. */
    private Map<String, String> mergeValues(long experimentId, String name, @Nullable String resultLink,
            @Nullable String scheduleText) {
        return Map.of(MailMerge.NAME, name, MailMerge.EXPERIMENT, experiments.get(experimentId).title(),
                MailMerge.RESULT_LINK, resultLink == null ? "" : resultLink, MailMerge.SCHEDULE,
                scheduleText == null ? "" : scheduleText);
    }

    /**
     * A body within {@link #MAX_BODY} can outgrow the outbox once {실험장} (repeated, up to 200 characters each), the
     * link, the schedule and a recipient's name (up to 100) are put in; it is refused when saved, not at sending.
     */
    private void fitsTheOutboxOnceMerged(long experimentId, MailingDraft d) {
        Map<String, String> longest = mergeValues(experimentId, "x".repeat(MAX_NAME), d.resultLink(),
                d.scheduleText());
        if (MailMerge.apply(d.body(), longest).length() > MailOutbox.MAX_BODY) {
            throw new UserFacingException("followup.error.mailing.mergedTooLong");
        }
    }

    /** Every problem at once; nothing is written when any is found. */
    static void validate(MailingDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.segments().isEmpty()) {
            errors.add("followup.error.mailing.segments");
        }
        if (d.subject().isEmpty() || Texts.isBlank(d.subject())) {
            errors.add("followup.error.mailing.subject");
        } else if (d.subject().length() > MAX_SUBJECT) {
            errors.add("followup.error.mailing.subjectTooLong");
        }
        if (d.body().isEmpty() || Texts.isBlank(d.body())) {
            errors.add("followup.error.mailing.body");
        } else if (d.body().length() > MAX_BODY) {
            errors.add("followup.error.mailing.bodyTooLong");
        }
        if (d.resultLink() != null && (d.resultLink().length() > 500 || !Texts.isWebAddress(d.resultLink()))) {
            errors.add("followup.error.mailing.link");
        }
        if (d.scheduleText() != null && d.scheduleText().length() > 200) {
            errors.add("followup.error.mailing.scheduleTooLong");
        }
        if (!MailMerge.unknownFields(d.subject() + "\n" + d.body()).isEmpty()) {
            errors.add("followup.error.mailing.unknownField");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private Mailing mailing(long experimentId, long mailingId) {
        return mailings.findByIdAndExperimentId(mailingId, experimentId)
                .orElseThrow(() -> new UserFacingException("followup.error.mailing.notFound"));
    }

    private Mailing current(long experimentId, long mailingId, long expectedVersion) {
        Mailing m = mailing(experimentId, mailingId);
        if (m.getVersion() != expectedVersion) {
            throw new ConflictException(m.getUpdatedByName(), m.getUpdatedAt());
        }
        return m;
    }

    private AppUser me() {
        return currentUser.require();
    }

    private void announce(long experimentId, long mailingId) {
        events.publishEvent(LiveUpdate.of(experimentId, FollowupLive.MAILING, mailingId));
    }
}
