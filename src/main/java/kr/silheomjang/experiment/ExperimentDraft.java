package kr.silheomjang.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The editable fields of an experiment, as a form fills them in. Validated by the service. */
public class ExperimentDraft {

    /** Field keys, used in messages, activity entries and conflict reports. */
    public static final List<String> FIELDS = List.of("title", "proposalText", "proposalUrl", "proposerName",
            "purpose", "planningStart", "eventDate", "followUpEnd", "questions");

    /**
     * How far an experiment's dates may lie from today: an experiment runs 3–6 months, so ten years back (an old one
     * entered afterwards) and five ahead are plenty, and nothing derived from them (the backward plan, the timeline's
     * months) runs off the calendar or the database's DATE range.
     */
    public static final int YEARS_BACK = 10;
    public static final int YEARS_AHEAD = 5;

    /** The earliest date an experiment's planning start, event day or follow-up end may be, seen from today. */
    public static LocalDate earliestDate(LocalDate today) {
        return today.minusYears(YEARS_BACK);
    }

    /** The latest date an experiment's planning start, event day or follow-up end may be, seen from today. */
    public static LocalDate latestDate(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    private String title = "";
    private String proposalText = "";
    private String proposalUrl = "";
    private String proposerName = "";
    private String purpose = "";
    private LocalDate planningStart;
    private LocalDate eventDate;
    private LocalDate followUpEnd;
    private List<String> questions = new ArrayList<>();

    public ExperimentDraft copy() {
        ExperimentDraft d = new ExperimentDraft();
        d.title = title;
        d.proposalText = proposalText;
        d.proposalUrl = proposalUrl;
        d.proposerName = proposerName;
        d.purpose = purpose;
        d.planningStart = planningStart;
        d.eventDate = eventDate;
        d.followUpEnd = followUpEnd;
        d.questions = new ArrayList<>(questions);
        return d;
    }

    /** Keys of the fields whose values differ from {@code other}. */
    public List<String> changedFields(ExperimentDraft other) {
        List<String> changed = new ArrayList<>();
        for (String field : FIELDS) {
            if (!Objects.equals(value(field), other.value(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** The value of a field by key, trimmed the way the service stores it. */
    public Object value(String field) {
        return switch (field) {
            case "title" -> clean(title);
            case "proposalText" -> clean(proposalText);
            case "proposalUrl" -> clean(proposalUrl);
            case "proposerName" -> clean(proposerName);
            case "purpose" -> clean(purpose);
            case "planningStart" -> planningStart;
            case "eventDate" -> eventDate;
            case "followUpEnd" -> followUpEnd;
            case "questions" -> cleanQuestions();
            default -> throw new IllegalArgumentException(field);
        };
    }

    public List<String> cleanQuestions() {
        return questions.stream().map(ExperimentDraft::clean).filter(q -> !q.isEmpty()).toList();
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProposalText() {
        return proposalText;
    }

    public void setProposalText(String proposalText) {
        this.proposalText = proposalText;
    }

    public String getProposalUrl() {
        return proposalUrl;
    }

    public void setProposalUrl(String proposalUrl) {
        this.proposalUrl = proposalUrl;
    }

    public String getProposerName() {
        return proposerName;
    }

    public void setProposerName(String proposerName) {
        this.proposerName = proposerName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getPlanningStart() {
        return planningStart;
    }

    public void setPlanningStart(LocalDate planningStart) {
        this.planningStart = planningStart;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public LocalDate getFollowUpEnd() {
        return followUpEnd;
    }

    public void setFollowUpEnd(LocalDate followUpEnd) {
        this.followUpEnd = followUpEnd;
    }

    public List<String> getQuestions() {
        return questions;
    }

    public void setQuestions(List<String> questions) {
        this.questions = new ArrayList<>(questions);
    }
}
