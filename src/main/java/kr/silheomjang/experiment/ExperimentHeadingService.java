package kr.silheomjang.experiment;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.SharedReads;

import kr.silheomjang.experiment.internal.Experiment;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.ui.ExperimentHeadings;

/**
 * The header every experiment page shows: title, stage and D-day, for members only. Every member sees the same
 * heading, so one change heard by many open pages is read once on a node ({@link SharedReads}, decision note 0024).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExperimentHeadingService implements ExperimentHeadings {

    private final ExperimentRepository experiments;
    private final ExperimentAccess access;
    private final Clock clock;
    private final SharedReads sharedReads;

    ExperimentHeadingService(ExperimentRepository experiments, ExperimentAccess access, Clock clock,
            SharedReads sharedReads) {
        this.experiments = experiments;
        this.access = access;
        this.clock = clock;
        this.sharedReads = sharedReads;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Heading heading(long experimentId) {
        access.requireMember(experimentId);
        LocalDate today = LocalDate.now(clock);
        return sharedReads.get(new HeadingKey(experimentId, today), () -> {
            Experiment e = experiments.findById(experimentId)
                    .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
            return new Heading(e.getId(), e.getTitle(), e.getStage().messageKey(), e.getStage().ordinal(),
                    Stage.values().length, DDay.label(e.getEventDate(), today), e.getArchivedAt() != null);
        });
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String roleOf(long experimentId) {
        return access.requireMember(experimentId).name();
    }

    /** The D-day counts from today: a new day is a new key. */
    private record HeadingKey(long experimentId, LocalDate today) {
    }
}
