package kr.silheomjang.mail;

import java.util.Collection;

/**
 * A module that keeps addresses its experiments mail (the people module: participants). When an address opts out of
 * mail or back in, {@link OptOutService} asks every bean of this type which experiments have it and announces
 * {@link MailLive#OPT_OUTS} on them, without the mail module knowing the others' tables (they depend on it).
 */
public interface MailAddressees {

    /**
     * The experiments keeping this address for their mail; {@code email} is normalised (no surrounding blanks, lower
     * case). Runs inside the opt-out's transaction, without a signed-in user.
     */
    Collection<Long> experimentsWith(String email);
}
