package kr.silheomjang.search;

/** What a result is, in the order the results page shows the groups. */
public enum SearchKind {
    EXPERIMENT, PROPOSAL, CARD, EVENT, PARTICIPANT, SURVEY_ANSWER, ARCHIVE;

    public String messageKey() {
        return "search.kind." + name();
    }
}
