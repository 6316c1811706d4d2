package kr.silheomjang.shared;

/**
 * Thrown once the caller is known to be a member, when a thing of the experiment they name (a survey, say) does not
 * exist or belongs to another experiment. Still a {@link NotFoundOrDeniedException}, so every caller that treats a
 * refusal as before keeps doing so; experiment pages tell the member what is missing instead of "no such experiment".
 * Never thrown before the membership check: a non-member must learn nothing from it.
 */
public class MissingInExperimentException extends NotFoundOrDeniedException {

    private final String messageKey;

    /** @param messageKey i18n key of what the member reads, e.g. "survey.notFound" */
    public MissingInExperimentException(long experimentId, String messageKey) {
        super(experimentId);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
