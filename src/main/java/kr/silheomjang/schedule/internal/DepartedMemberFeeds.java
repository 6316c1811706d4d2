package kr.silheomjang.schedule.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.MemberRemoved;

/**
 * A member who leaves an experiment (removed, or their account deleted) loses their calendar feed links of it in the
 * removing transaction. The feed already refuses non-members; revoked, an old link stays dead even if the person is
 * invited again (they make a new one).
 */
@Component
class DepartedMemberFeeds {

    private final FeedTokenRepository tokens;
    private final Clock clock;

    DepartedMemberFeeds(FeedTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @EventListener
    void on(MemberRemoved e) {
        tokens.findByExperimentIdAndUserIdAndRevokedAtIsNull(e.experimentId(), e.userId())
                .forEach(t -> t.revoke(clock.instant()));
    }
}
