package kr.silheomjang.people;

/** The proposer's consents the guide asks for (§2). */
public enum ConsentKind {
    USE_OF_PROPOSAL, PARTICIPATION, INTERVIEW, FILMING,
    /** An applicant's agreement to the recruitment form's privacy notice (with the notice's text version). */
    PERSONAL_DATA;

    /** The kinds recorded for a proposer (an applicant's privacy-notice consent is theirs alone). */
    public static ConsentKind[] proposerKinds() {
        return new ConsentKind[] {USE_OF_PROPOSAL, PARTICIPATION, INTERVIEW, FILMING};
    }

    public String messageKey() {
        return "people.consent.kind." + name();
    }
}
