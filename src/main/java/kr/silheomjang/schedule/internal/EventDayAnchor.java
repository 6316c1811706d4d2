package kr.silheomjang.schedule.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.EventDayMoved;
import kr.silheomjang.security.CurrentUser;

/**
 * Remembers the event day that was, when nothing was planned from it yet (no anchor: the D-day plan never accepted),
 * so the calendar still asks whether what is on that day (the staff roster's lines) moves with it. An anchor already
 * set is the day the relative events were planned from, and stays.
 */
@Component
class EventDayAnchor {

    private final ScheduleSettingRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    EventDayAnchor(ScheduleSettingRepository settings, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void on(EventDayMoved moved) {
        ScheduleSetting setting = settings.ensure(moved.experimentId(), clock.instant(),
                currentUser.require().displayName());
        if (setting.getAnchorDate() == null) {
            setting.setAnchorDate(moved.from());
            settings.save(setting);
        }
    }
}
