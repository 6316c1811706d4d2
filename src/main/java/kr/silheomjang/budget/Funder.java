package kr.silheomjang.budget;

import org.jspecify.annotations.Nullable;

/**
 * Who pays for a line: the organisation itself ({@code partnerId} null, named by the UI) or one partner organisation
 * of the experiment (cost sharing).
 */
public record Funder(@Nullable Long partnerId, @Nullable String partnerName) {

    public static final Funder ORGANISATION = new Funder(null, null);

    public boolean organisation() {
        return partnerId == null;
    }
}
