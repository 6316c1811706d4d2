package kr.silheomjang.mail.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.MailLive;
import kr.silheomjang.shared.PersonalDataHolder;

/**
 * Personal data of the mail outbox for one experiment: recipients' addresses and names, and the bodies (which
 * greet them by name). Mail still waiting or being sent is left alone; what is done is redacted, so the delivery
 * counts stay. Opt-outs are global (not per experiment) and are kept: they are how a person's "no more mail" is
 * honoured, which erasing would undo. A changed mail's version moves and the change is announced as
 * {@link MailLive#DELIVERY}, so open delivery logs show it.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    private static final int REDACT_CHUNK = 500;

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    /** Where a link was, in both languages: the holders' tables carry no language, and a body is data, not a header. */
    private final String linkRemoved;

    MailPersonalData(JdbcTemplate jdbc, I18NProvider texts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.linkRemoved = "[" + texts.getTranslation("personal.linkRemoved", Locale.KOREAN) + " · "
                + texts.getTranslation("personal.linkRemoved", Locale.ENGLISH) + "]";
    }

    @Override
    public String module() {
        return "mail";
    }

    @Override
    public int purge(long experimentId) {
        int n = jdbc.update("update mail_message set recipient = ?, recipient_name = null, body_text = ?,"
                + " last_error = null, version = version + 1 where experiment_id = ?"
                + " and status in ('SENT', 'FAILED', 'OPTED_OUT') and recipient <> ?",
                ERASED, ERASED, experimentId, ERASED);
        if (n > 0) {
            events.publishEvent(LiveUpdate.of(experimentId, MailLive.DELIVERY));
        }
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var m : jdbc.queryForList("select recipient, recipient_name, subject, body_text, status, queued_at,"
                + " sent_at from mail_message where experiment_id = ? order by id", experimentId)) {
            if (person.hasEmail((String) m.get("recipient"))) {
                String status = (String) m.get("status");
                rows.add(PersonalTable.row(m.get("recipient"), m.get("recipient_name"), m.get("subject"),
                        new Label(DeliveryStatus.valueOf(status).messageKey(), status),
                        PersonalDataHolder.utc(m.get("queued_at")), PersonalDataHolder.utc(m.get("sent_at")),
                        withoutLinks((String) m.get("body_text"))));
            }
        }
        return rows.isEmpty() ? List.of() : List.of(new PersonalTable("mails",
                List.of("personal.header.recipient", "personal.header.name", "personal.header.subject", "personal.header.status", "personal.header.queuedAt", "personal.header.sentAt", "personal.header.body"), rows));
    }

    /**
     * A mail's links may still let in whoever holds them (an invitation, a personal RSVP link): the export is read by
     * whoever made it, so it says where a link was, not what it was.
     */
    @Nullable String withoutLinks(@Nullable String body) {
        return body == null ? null : LINK.matcher(body).replaceAll(Matcher.quoteReplacement(linkRemoved));
    }

    @Override
    public int erase(long experimentId, Person person) {
        List<Long> ids = new ArrayList<>();
        for (var m : jdbc.queryForList("select id, recipient from mail_message where experiment_id = ?",
                experimentId)) {
            if (person.hasEmail((String) m.get("recipient"))) {
                ids.add(((Number) m.get("id")).longValue());
            }
        }
        int n = redact(ids);
        if (!ids.isEmpty()) {
            events.publishEvent(LiveUpdate.of(experimentId, MailLive.DELIVERY, ids));
        }
        return n;
    }

    /**
     * Every mail to a deleted account's address (decision note 0071), in any experiment or none, already sent or not,
     * the way {@link #erase} does it for a participant; open delivery logs hear of it.
     */
    int eraseAddress(String address) {
        Map<Long, List<Long>> byExperiment = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (var m : jdbc.queryForList("select id, experiment_id from mail_message where lower(recipient) = ?",
                Tokens.normalize(address))) {
            long id = ((Number) m.get("id")).longValue();
            ids.add(id);
            if (m.get("experiment_id") instanceof Number experimentId) {
                byExperiment.computeIfAbsent(experimentId.longValue(), k -> new ArrayList<>()).add(id);
            }
        }
        int n = redact(ids);
        byExperiment.forEach((experimentId, changed) ->
                events.publishEvent(LiveUpdate.of(experimentId, MailLive.DELIVERY, changed)));
        return n;
    }

    /** No address, name or body left; a mail not yet sent to the person is not sent at all. */
    private int redact(List<Long> ids) {
        int n = 0;
        // In chunks: one statement per chunk rather than per mail (a person may have had many), within what every
        // driver takes as parameters.
        for (int from = 0; from < ids.size(); from += REDACT_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + REDACT_CHUNK));
            List<Object> args = new ArrayList<>(List.of(ERASED, ERASED));
            args.addAll(chunk);
            n += jdbc.update("update mail_message set recipient = ?, recipient_name = null, body_text = ?,"
                    + " last_error = null, status = case when status in ('QUEUED', 'SENDING') then 'FAILED'"
                    + " else status end, version = version + 1 where id in ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", args.toArray());
        }
        return n;
    }
}
