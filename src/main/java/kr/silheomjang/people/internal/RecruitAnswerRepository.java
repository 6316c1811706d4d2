package kr.silheomjang.people.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecruitAnswerRepository extends JpaRepository<RecruitAnswer, Long> {

    List<RecruitAnswer> findByApplicationIdInOrderByApplicationIdAscSortOrderAsc(Collection<Long> applicationIds);
}
