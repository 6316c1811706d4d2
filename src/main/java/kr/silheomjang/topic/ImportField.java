package kr.silheomjang.topic;

/** What a column of an imported file can become on a candidate (the preview's column mapping). */
public enum ImportField {
    TITLE, BODY, AUTHOR, DATE, URL, EXTERNAL_ID;

    public String messageKey() {
        return "topic.import.field." + name();
    }
}
