package kr.silheomjang.experiment.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.security.AccountErasing;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.StoredInstant;

/**
 * A deleted account's address goes from the experiments' records too, in the deleting transaction: invitations to it
 * (an open one is revoked, as nobody is left to accept it under that address) and the activity feed's invitation
 * entries that name it ("someone@x.kr|PLANNER"). Every experiment, not only the person's own: an invitation may never
 * have been accepted. Open pages hear of it.
 */
@Component
class ErasedAccountAddresses {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ErasedAccountAddresses(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(AccountErasing e) {
        String address = e.email().toLowerCase(Locale.ROOT);
        Set<Long> invitations = new LinkedHashSet<>(jdbc.queryForList(
                "select distinct experiment_id from invitation where lower(email) = ?", Long.class, address));
        jdbc.update("update invitation set email = ?, revoked_at = coalesce(revoked_at, ?), version = version + 1"
                + " where lower(email) = ?", PersonalDataHolder.ERASED, StoredInstant.of(clock.instant()), address);
        Pattern named = Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE);
        Set<Long> feeds = new LinkedHashSet<>();
        for (var row : jdbc.queryForList("select id, experiment_id, detail from activity_entry"
                + " where action in ('MEMBER_INVITED', 'INVITATION_REVOKED') and locate(?, lower(detail)) > 0",
                address)) {
            String detail = (String) row.get("detail");
            jdbc.update("update activity_entry set detail = ? where id = ?",
                    named.matcher(detail).replaceAll(Matcher.quoteReplacement(PersonalDataHolder.ERASED)),
                    row.get("id"));
            feeds.add(((Number) row.get("experiment_id")).longValue());
        }
        invitations.forEach(id -> events.publishEvent(LiveUpdate.of(id, WorkspaceLive.MEMBERS)));
        feeds.forEach(id -> events.publishEvent(LiveUpdate.of(id, WorkspaceLive.ACTIVITY)));
    }
}
