package kr.silheomjang.experiment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import kr.silheomjang.experiment.MemberRole;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByExperimentIdAndUserId(long experimentId, long userId);

    List<Member> findByExperimentIdOrderByIdAsc(long experimentId);

    long countByExperimentIdAndRole(long experimentId, MemberRole role);

    boolean existsByUserId(long userId);

    List<Member> findByUserId(long userId);

    @org.springframework.data.jpa.repository.Query(
            "select count(distinct m.experimentId) from Member m where m.userId = :userId and m.experimentId in :ids")
    long countMemberships(long userId, java.util.Collection<Long> ids);

    boolean existsByUserIdAndRoleNot(long userId, MemberRole role);
}
