package kr.silheomjang.mail;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.mail.internal.MailOptOut;
import kr.silheomjang.mail.internal.MailOptOutRepository;
import kr.silheomjang.mail.internal.OptOutToken;
import kr.silheomjang.mail.internal.OptOutTokenRepository;
import kr.silheomjang.mail.internal.Tokens;
import kr.silheomjang.shared.UserFacingException;

/**
 * The opt-out link of every mail, without an account. Deliberately not {@code @PreAuthorize}d: the unguessable token
 * (only its SHA-256 is stored) is the permission, and it only ever reveals a masked address and lets its holder turn
 * mail to that address off or on again. Opting out is per address, for every experiment of the installation: a
 * change is announced as {@link MailLive#OPT_OUTS} on every experiment that keeps the address ({@link MailAddressees}),
 * whose mailing pages count whom they would reach.
 */
@Service
@Transactional
public class OptOutService {

    static final int MAX_TOKEN_LENGTH = 64;

    private final OptOutTokenRepository tokens;
    private final MailOptOutRepository optOuts;
    private final List<MailAddressees> addressees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OptOutService(OptOutTokenRepository tokens, MailOptOutRepository optOuts, List<MailAddressees> addressees,
            ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.optOuts = optOuts;
        this.addressees = List.copyOf(addressees);
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OptOutState state(String token) {
        String email = emailOf(token);
        return new OptOutState(mask(email), optOuts.existsByEmail(email));
    }

    /** No more mail to this address. Doing it twice is the same as once. */
    public OptOutState optOut(String token) {
        String email = emailOf(token);
        if (!optOuts.existsByEmail(email)) {
            optOuts.save(new MailOptOut(email, clock.instant()));
            announce(email);
        }
        return new OptOutState(mask(email), true);
    }

    /** Changed their mind: mail may reach this address again (mails skipped meanwhile are not sent afterwards). */
    public OptOutState optBackIn(String token) {
        String email = emailOf(token);
        if (optOuts.deleteByEmail(email) > 0) {
            announce(email);
        }
        return new OptOutState(mask(email), false);
    }

    /** Every experiment keeping the address hears of it (after commit); nothing says which address it was. */
    private void announce(String email) {
        Set<Long> experiments = new TreeSet<>();
        addressees.forEach(a -> experiments.addAll(a.experimentsWith(Tokens.normalize(email))));
        experiments.forEach(id -> events.publishEvent(LiveUpdate.of(id, MailLive.OPT_OUTS)));
    }

    private String emailOf(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new UserFacingException("mail.optOut.invalid");
        }
        return tokens.findByTokenHash(Tokens.hash(token)).map(OptOutToken::getEmail)
                .orElseThrow(() -> new UserFacingException("mail.optOut.invalid"));
    }

    /** "minji@example.kr" becomes "m****@example.kr". */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "*".repeat(Math.max(3, at - 1)) + email.substring(at);
    }
}
