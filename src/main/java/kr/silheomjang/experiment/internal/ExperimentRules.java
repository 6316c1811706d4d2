package kr.silheomjang.experiment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/** The checks an experiment's details pass when it is created or edited. */
public final class ExperimentRules {

    static final int MAX_QUESTIONS = 10;

    private ExperimentRules() {
    }

    /**
     * All problems at once, as message keys; nothing is written when any is found. Each date must lie within
     * {@link ExperimentDraft#earliestDate} … {@link ExperimentDraft#latestDate} of {@code today}, unless it is the
     * date {@code stored} already holds (an old experiment stays editable when its dates have drifted out of range).
     */
    public static void validate(ExperimentDraft d, LocalDate today, @Nullable ExperimentDraft stored) {
        List<String> errors = new ArrayList<>();
        String title = (String) d.value("title");
        if (title.isEmpty()) {
            errors.add("error.title.required");
        } else if (title.length() > 200) {
            errors.add("error.title.tooLong");
        }
        String proposal = (String) d.value("proposalText");
        if (proposal.isEmpty()) {
            errors.add("error.proposalText.required");
        } else if (proposal.length() > 2000) {
            errors.add("error.proposalText.tooLong");
        }
        String url = (String) d.value("proposalUrl");
        if (!url.isEmpty() && !Texts.isWebAddress(url)) {
            errors.add("error.proposalUrl.invalid");
        }
        if (((String) d.value("proposerName")).length() > 100) {
            errors.add("error.proposerName.tooLong");
        }
        if (((String) d.value("purpose")).length() > 4000) {
            errors.add("error.purpose.tooLong");
        }
        if (d.getPlanningStart() == null) {
            errors.add("error.planningStart.required");
        }
        if (d.getEventDate() == null) {
            errors.add("error.eventDate.required");
        }
        if (d.getFollowUpEnd() == null) {
            errors.add("error.followUpEnd.required");
        }
        for (String field : List.of("planningStart", "eventDate", "followUpEnd")) {
            LocalDate date = (LocalDate) d.value(field);
            boolean kept = stored != null && date != null && date.equals(stored.value(field));
            if (date != null && !kept && (date.isBefore(ExperimentDraft.earliestDate(today))
                    || date.isAfter(ExperimentDraft.latestDate(today)))) {
                errors.add("error." + field + ".outOfRange");
            }
        }
        if (d.getPlanningStart() != null && d.getEventDate() != null
                && d.getEventDate().isBefore(d.getPlanningStart())) {
            errors.add("error.eventDate.beforePlanningStart");
        }
        if (d.getEventDate() != null && d.getFollowUpEnd() != null && d.getFollowUpEnd().isBefore(d.getEventDate())) {
            errors.add("error.followUpEnd.beforeEventDate");
        }
        List<String> questions = d.cleanQuestions();
        if (questions.isEmpty()) {
            errors.add("error.questions.required");
        } else if (questions.size() > MAX_QUESTIONS) {
            errors.add("error.questions.tooMany");
        }
        if (questions.stream().anyMatch(q -> q.length() > 1000)) {
            errors.add("error.questions.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }
}
