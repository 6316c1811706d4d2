package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResultReportRepository extends JpaRepository<ResultReport, Long> {

    Optional<ResultReport> findByExperimentId(long experimentId);

    /** The experiments among {@code ids} whose report is marked 작성 완료 (the stage checklist of many at once). */
    @Query("select r.experimentId from ResultReport r where r.experimentId in :ids"
            + " and r.status = kr.silheomjang.followup.ReportStatus.DONE")
    List<Long> doneAmong(Collection<Long> ids);
}
