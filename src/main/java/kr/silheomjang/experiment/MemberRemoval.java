package kr.silheomjang.experiment;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.internal.ActivityLog;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.GuestOnlyAccountRepository;
import kr.silheomjang.experiment.internal.Member;
import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.security.AccountErasing;
import kr.silheomjang.security.AccountHolds;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.AfterCommit;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.UserFacingException;

/**
 * A member leaves an experiment: removed by an owner, or because their account is deleted. Both go the same way, in
 * the caller's transaction: features drop their links to the member ({@link MemberRemoved}), the feed records it, and
 * the member's open pages lose the experiment at once.
 */
@Component
class MemberRemoval implements AccountHolds {

    private final MemberRepository members;
    private final ExperimentRepository experiments;
    private final GuestOnlyAccountRepository guestOnly;
    private final ActivityLog activityLog;
    private final PresenceRegistry presence;
    private final ApplicationEventPublisher events;

    MemberRemoval(MemberRepository members, ExperimentRepository experiments, GuestOnlyAccountRepository guestOnly,
            ActivityLog activityLog, PresenceRegistry presence, ApplicationEventPublisher events) {
        this.members = members;
        this.experiments = experiments;
        this.guestOnly = guestOnly;
        this.activityLog = activityLog;
        this.presence = presence;
        this.events = events;
    }

    /** Removes {@code m}; the caller locked the experiment's row and checked that an owner remains. */
    void remove(Member m, AppUser by, ActivityAction action, String detail) {
        long experimentId = m.getExperimentId();
        members.delete(m);
        // Deleted before the features clear what points to the member: one lock order (the member row, then theirs)
        // with a write that records such a link (ExperimentAccess.lockMembership).
        members.flush();
        events.publishEvent(new MemberRemoved(experimentId, m.getUserId(), by.displayName()));
        activityLog.record(experimentId, by, action, detail);
        events.publishEvent(LiveUpdate.of(experimentId, WorkspaceLive.MEMBERS));
        events.publishEvent(LiveUpdate.of(experimentId, WorkspaceLive.MEMBER_REMOVED, m.getUserId()));
        events.publishEvent(LiveUpdate.of(LiveUpdate.personTopic(m.getUserId()), WorkspaceLive.MEMBERSHIPS,
                experimentId));
        // After commit: a removal refused later in the same transaction (an account deletion held by another
        // experiment) leaves the person where they are, on every co-planner's screen too.
        AfterCommit.run(() -> presence.evict(experimentId, m.getUserId()));
    }

    /**
     * The experiments the account is the only owner of, by title: its deletion waits until each has another owner
     * (an experiment always keeps one).
     */
    @Override
    public List<String> holding(long userId) {
        List<Long> ids = members.findByUserId(userId).stream()
                .filter(m -> m.getRole() == MemberRole.OWNER
                        && members.countByExperimentIdAndRole(m.getExperimentId(), MemberRole.OWNER) <= 1)
                .map(Member::getExperimentId).toList();
        return experiments.findAllById(ids).stream()
                .map(e -> e.getTitle()).sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * An account is deleted: it leaves every experiment, recorded under the erased-name marker (the person's name is
     * not written again), and its guest-only mark goes. Refused while it is the last owner of any experiment.
     */
    @EventListener
    void on(AccountErasing e) {
        List<Member> memberships = members.findByUserId(e.userId()).stream()
                .sorted(Comparator.comparingLong(Member::getExperimentId)).toList();
        AppUser erased = new AppUser(e.userId(), "", PersonalDataHolder.ERASED);
        // Every experiment first, locked in id order as an owner's removal locks it (the last-owner counts are then
        // current), so a refusal comes before anything was removed.
        for (Member m : memberships) {
            experiments.lockRow(m.getExperimentId());
            if (m.getRole() == MemberRole.OWNER
                    && members.countByExperimentIdAndRole(m.getExperimentId(), MemberRole.OWNER) <= 1) {
                throw new UserFacingException("account.delete.error.soleOwner");
            }
        }
        for (Member m : memberships) {
            remove(m, erased, ActivityAction.ACCOUNT_DELETED, "");
        }
        guestOnly.deleteById(e.userId());
    }
}
