package kr.silheomjang.schedule.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolves a feed URL's secret token to the live (not revoked) token row. */
@Component
public class FeedTokens {

    private final FeedTokenRepository tokens;

    FeedTokens(FeedTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Transactional(readOnly = true)
    public Optional<FeedToken> resolve(String token) {
        if (token == null || token.length() < 16 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(token));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
