package kr.silheomjang.experiment;

/** The five stages of an experiment lab, in order (guide §2–§6). */
public enum Stage {
    TOPIC_SELECTION, PLANNING, PREPARATION, RUN_DAY, FOLLOW_UP;

    public boolean hasNext() {
        return ordinal() < values().length - 1;
    }

    public boolean hasPrevious() {
        return ordinal() > 0;
    }

    public Stage next() {
        return hasNext() ? values()[ordinal() + 1] : this;
    }

    public Stage previous() {
        return hasPrevious() ? values()[ordinal() - 1] : this;
    }

    /** i18n key of the stage's name. */
    public String messageKey() {
        return "stage." + name();
    }
}
