package kr.silheomjang.notification.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, Long> {

    /** People whose digest is due: their hour has come today (Asia/Seoul) and today's digest was not made yet. */
    @Query("select s.userId from NotificationSettings s where s.digestHour <= :hour"
            + " and (s.lastDigestOn is null or s.lastDigestOn < :today)")
    List<Long> digestDue(@Param("hour") int hour, @Param("today") LocalDate today);
}
