package kr.silheomjang.schedule.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleSettingRepository extends JpaRepository<ScheduleSetting, Long> {
}
