package kr.silheomjang.experiment;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.internal.Experiment;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.NotFoundOrDeniedException;

/**
 * The per-experiment membership check every feature's service runs before it reads or writes anything of an
 * experiment. Non-members get the same answer whether the experiment exists or not.
 */
@Component
public class ExperimentAccess {

    private final MemberRepository members;
    private final ExperimentRepository experiments;
    private final CurrentUser currentUser;
    private final AdministratorService administrators;

    ExperimentAccess(MemberRepository members, ExperimentRepository experiments, CurrentUser currentUser,
            AdministratorService administrators) {
        this.members = members;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.administrators = administrators;
    }

    /** The caller's role in the experiment; denies non-members. */
    @Transactional(readOnly = true)
    public MemberRole requireMember(long experimentId) {
        long userId = currentUser.require().id();
        return members.findByExperimentIdAndUserId(experimentId, userId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId))
                .getRole();
    }

    /**
     * What the caller may see of the people the experiment involves beyond names, groups and statuses: everything for
     * owners and planners, for partner guests what the owner turned on (nothing by default). Denies non-members.
     * Services that return personal data apply it before the data leaves them, so it never reaches a guest's view.
     */
    @Transactional(readOnly = true)
    public GuestScope visibleDetails(long experimentId) {
        if (requireMember(experimentId).canEdit()) {
            return GuestScope.ALL;
        }
        return experiments.findById(experimentId).map(Experiment::getGuestScope).orElse(GuestScope.NONE);
    }

    /** Owners and planners. */
    public MemberRole requireEditor(long experimentId) {
        return requireRole(experimentId, Set.of(MemberRole.OWNER, MemberRole.PLANNER));
    }

    public MemberRole requireOwner(long experimentId) {
        return requireRole(experimentId, Set.of(MemberRole.OWNER));
    }

    /**
     * For changes to what every experiment of the installation shares (templates): a member of the experiment the
     * change is made from, who is also an organisation administrator. Owning one experiment is not enough.
     */
    public MemberRole requireMemberAndAdministrator(long experimentId) {
        MemberRole role = requireMember(experimentId);
        administrators.requireAdministrator();
        return role;
    }

    private MemberRole requireRole(long experimentId, Set<MemberRole> allowed) {
        MemberRole role = requireMember(experimentId);
        if (!allowed.contains(role)) {
            throw new AccessDeniedException("Role " + role + " may not do this in experiment " + experimentId);
        }
        return role;
    }
}
