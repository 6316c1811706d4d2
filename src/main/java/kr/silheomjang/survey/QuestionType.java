package kr.silheomjang.survey;

/** What kind of answer a survey question takes. */
public enum QuestionType {
    SHORT_TEXT(200), LONG_TEXT(2000), SINGLE_CHOICE(200), MULTIPLE_CHOICE(200), RATING(1), YES_NO(3);

    /** Longest answer (per value) the public form accepts; longer ones are refused, never cut. */
    private final int maxLength;

    QuestionType(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    public String messageKey() {
        return "survey.type." + name();
    }
}
