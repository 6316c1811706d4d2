package kr.silheomjang.people.internal;

import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.mail.MailAddressees;

/**
 * The experiments whose participants have an address: their mailings count it as a recipient, or as opted out
 * (followup's {@code MailingService}), so they hear when it opts out of mail or back in.
 */
@Component
class ParticipantAddresses implements MailAddressees {

    private final JdbcTemplate jdbc;

    ParticipantAddresses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Compared as the mailing compares them: without case and surrounding blanks. Anonymised rows have none. */
    @Override
    public Collection<Long> experimentsWith(String email) {
        return jdbc.queryForList("select distinct experiment_id from participant where lower(trim(email)) = ?",
                Long.class, email);
    }
}
