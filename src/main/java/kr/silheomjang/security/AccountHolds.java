package kr.silheomjang.security;

import java.util.List;

/**
 * What keeps an account from being deleted, told by the feature that knows (today: the experiments it is the only
 * owner of). Asked before the deletion question is shown; the deletion itself is refused anyway ({@link
 * AccountErasing}).
 */
public interface AccountHolds {

    /** Why the account cannot go yet, as words for the person (e.g. experiment titles); empty when it can. */
    List<String> holding(long userId);
}
