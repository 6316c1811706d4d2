package kr.silheomjang.runsheet.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

public interface CueSheetRepository extends JpaRepository<CueSheetRecord, Long> {

    /** The sheet row locked for the transaction: every write to a sheet's segments takes it first (one order). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CueSheetRecord s where s.experimentId = :id")
    Optional<CueSheetRecord> lock(@Param("id") long experimentId);
}
