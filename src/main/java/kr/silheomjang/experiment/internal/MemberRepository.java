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

    /** Every membership of these experiments: [experiment id, user id, role] (one query for a node's open pages). */
    @org.springframework.data.jpa.repository.Query(
            "select m.experimentId, m.userId, m.role from Member m where m.experimentId in :ids")
    List<Object[]> rolesIn(java.util.Collection<Long> ids);

    /** Locks the membership row until the transaction ends (see ExperimentAccess.lockMembership); empty: no member. */
    @org.springframework.data.jpa.repository.Query(value = "select id from experiment_member"
            + " where experiment_id = :experimentId and user_id = :userId for update", nativeQuery = true)
    Optional<Long> lockMember(long experimentId, long userId);
}
