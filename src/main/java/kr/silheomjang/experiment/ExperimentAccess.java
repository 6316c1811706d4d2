package kr.silheomjang.experiment;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.NotFoundOrDeniedException;

/**
 * The per-experiment membership check every feature's service runs before it reads or writes anything of an
 * experiment. Non-members get the same answer whether the experiment exists or not.
 */
@Component
public class ExperimentAccess {

    private final MemberRepository members;
    private final CurrentUser currentUser;

    ExperimentAccess(MemberRepository members, CurrentUser currentUser) {
        this.members = members;
        this.currentUser = currentUser;
    }

    /** The caller's role in the experiment; denies non-members. */
    @Transactional(readOnly = true)
    public MemberRole requireMember(long experimentId) {
        long userId = currentUser.require().id();
        return members.findByExperimentIdAndUserId(experimentId, userId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId))
                .getRole();
    }

    /** Owners and planners. */
    public MemberRole requireEditor(long experimentId) {
        return requireRole(experimentId, Set.of(MemberRole.OWNER, MemberRole.PLANNER));
    }

    public MemberRole requireOwner(long experimentId) {
        return requireRole(experimentId, Set.of(MemberRole.OWNER));
    }

    private MemberRole requireRole(long experimentId, Set<MemberRole> allowed) {
        MemberRole role = requireMember(experimentId);
        if (!allowed.contains(role)) {
            throw new AccessDeniedException("Role " + role + " may not do this in experiment " + experimentId);
        }
        return role;
    }
}
