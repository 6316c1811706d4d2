package kr.silheomjang.mail;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.mail.internal.MailOptOut;
import kr.silheomjang.mail.internal.MailOptOutRepository;
import kr.silheomjang.mail.internal.OptOutToken;
import kr.silheomjang.mail.internal.OptOutTokenRepository;
import kr.silheomjang.mail.internal.Tokens;
import kr.silheomjang.shared.UserFacingException;

/**
 * The opt-out link of every mail, without an account. Deliberately not {@code @PreAuthorize}d: the unguessable token
 * (only its SHA-256 is stored) is the permission, and it only ever reveals a masked address and lets its holder turn
 * mail to that address off or on again. Opting out is per address, for every experiment of the installation.
 */
@Service
@Transactional
public class OptOutService {

    static final int MAX_TOKEN_LENGTH = 64;

    private final OptOutTokenRepository tokens;
    private final MailOptOutRepository optOuts;
    private final Clock clock;

    OptOutService(OptOutTokenRepository tokens, MailOptOutRepository optOuts, Clock clock) {
        this.tokens = tokens;
        this.optOuts = optOuts;
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
        }
        return new OptOutState(mask(email), true);
    }

    /** Changed their mind: mail may reach this address again (mails skipped meanwhile are not sent afterwards). */
    public OptOutState optBackIn(String token) {
        String email = emailOf(token);
        optOuts.deleteByEmail(email);
        return new OptOutState(mask(email), false);
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
