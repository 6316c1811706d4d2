package kr.silheomjang.experiment;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.internal.Experiment;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.ui.ExperimentHeadings;

/** The header every experiment page shows: title, stage and D-day, for members only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExperimentHeadingService implements ExperimentHeadings {

    private final ExperimentRepository experiments;
    private final ExperimentAccess access;
    private final Clock clock;

    ExperimentHeadingService(ExperimentRepository experiments, ExperimentAccess access, Clock clock) {
        this.experiments = experiments;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Heading heading(long experimentId) {
        access.requireMember(experimentId);
        Experiment e = experiments.findById(experimentId).orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        return new Heading(e.getId(), e.getTitle(), e.getStage().messageKey(), e.getStage().ordinal(),
                Stage.values().length, DDay.label(e.getEventDate(), LocalDate.now(clock)), e.getArchivedAt() != null);
    }
}
