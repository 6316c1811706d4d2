package kr.silheomjang.topic;

/** The guide's three questions asked of every candidate (§2); planners note and score (1–5) each. */
public enum ScreeningQuestion {
    /** 제안 내용이 실제 효과로 나타나는가 */
    EFFECT,
    /** 기관이 제시한 어려움이 실제로 나타나는가 */
    DIFFICULTY,
    /** 어려움을 해결할 대안은 무엇인가 */
    ALTERNATIVE;

    public String messageKey() {
        return "topic.question." + name();
    }
}
