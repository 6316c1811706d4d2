package kr.silheomjang.schedule.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleSettingRepository extends JpaRepository<ScheduleSetting, Long> {

    /** The experiment's settings, made with the defaults on first use. */
    default ScheduleSetting ensure(long experimentId, Instant now, String byName) {
        return findById(experimentId).orElseGet(() -> save(new ScheduleSetting(experimentId, now, byName)));
    }
}
