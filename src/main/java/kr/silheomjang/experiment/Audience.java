package kr.silheomjang.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.Member;
import kr.silheomjang.experiment.internal.MemberRepository;

/**
 * Who of an experiment may be told about something, for code that acts after a change or on a schedule, with no
 * signed-in user (notifications). Not a user-facing service: it checks no caller, so only such background code uses
 * it, and what it tells is only ever shown to the members it names.
 */
@Component
public class Audience {

    private final MemberRepository members;
    private final ExperimentRepository experiments;

    Audience(MemberRepository members, ExperimentRepository experiments) {
        this.members = members;
        this.experiments = experiments;
    }

    /** Every current member with their role, in joining order; empty for an unknown experiment. */
    @Transactional(readOnly = true)
    public Map<Long, MemberRole> members(long experimentId) {
        Map<Long, MemberRole> roles = new LinkedHashMap<>();
        for (Member m : members.findByExperimentIdOrderByIdAsc(experimentId)) {
            roles.put(m.getUserId(), m.getRole());
        }
        return roles;
    }

    /** The experiments the user belongs to now, with their role in each. */
    @Transactional(readOnly = true)
    public Map<Long, MemberRole> experimentsOf(long userId) {
        Map<Long, MemberRole> roles = new LinkedHashMap<>();
        for (Member m : members.findByUserId(userId)) {
            roles.put(m.getExperimentId(), m.getRole());
        }
        return roles;
    }

    /** The user's current role, if still a member. */
    @Transactional(readOnly = true)
    public Optional<MemberRole> roleOf(long experimentId, long userId) {
        return members.findByExperimentIdAndUserId(experimentId, userId).map(Member::getRole);
    }

    /** The experiment's title, if it exists and is neither archived nor closed (nobody is told about those). */
    @Transactional(readOnly = true)
    public Optional<String> activeTitle(long experimentId) {
        return experiments.findById(experimentId)
                .filter(e -> e.getArchivedAt() == null && e.getClosedAt() == null)
                .map(e -> e.getTitle());
    }
}
