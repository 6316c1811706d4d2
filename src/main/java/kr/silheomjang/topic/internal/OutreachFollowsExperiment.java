package kr.silheomjang.topic.internal;

import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.schedule.ScheduleLive;
import kr.silheomjang.topic.TopicLive;

/**
 * A linked candidate's outreach shows the experiment's side: the proposer meeting on its calendar, the notice, the
 * caveats and the consent log ({@code OutreachService.outreach}). Those are also written there (제안자 동의, the
 * calendar, the retention job), announced on the experiment's channel as {@link PeopleLive#PROPOSER} and
 * {@link ScheduleLive#EVENTS}, where the pool's pages do not listen. This repeats each such announcement as
 * {@link TopicLive#OUTREACH} of the experiment's candidates on the pool's channel, so that an open candidate page
 * follows. People and schedule need not know the pool: topic depends on them, never the other way.
 *
 * <p>Every calendar change of a linked experiment is repeated, not only the proposer meeting's (as 제안자 동의 itself
 * re-reads on every calendar change): an open candidate page reads its outreach again, and its forms keep what is
 * being typed.
 */
@Component
class OutreachFollowsExperiment {

    private static final Set<LiveKind> SHOWN_IN_OUTREACH = Set.of(PeopleLive.PROPOSER, ScheduleLive.EVENTS);

    private final JdbcTemplate jdbc;
    private final TopicAnnouncements announcements;

    OutreachFollowsExperiment(JdbcTemplate jdbc, TopicAnnouncements announcements) {
        this.jdbc = jdbc;
        this.announcements = announcements;
    }

    /**
     * Called as the change is announced, inside its transaction: what this announces in turn reaches the bus only
     * after that commit, like the change's own announcement. Plain JDBC, so that the look-up flushes nothing of the
     * change early.
     */
    @EventListener
    void on(LiveUpdate update) {
        if (update.experimentId() <= 0 || !SHOWN_IN_OUTREACH.contains(update.kind())) {
            return;
        }
        List<Long> linked = jdbc.queryForList("select id from topic_candidate where experiment_id = ?", Long.class,
                update.experimentId());
        announcements.announceInPool(TopicLive.OUTREACH, linked);
    }
}
