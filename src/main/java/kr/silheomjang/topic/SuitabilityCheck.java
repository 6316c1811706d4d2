package kr.silheomjang.topic;

/** The suitability checks of the guide's section 1, ticked per candidate. */
public enum SuitabilityCheck {
    /** 1회성·제한적 실험으로 가능한가 */
    ONE_OFF,
    /** 3~6개월을 감당할 수 있는가 */
    DURATION,
    /** 당장 실현이 필요한 시의성 높은 의제는 아닌가 */
    NOT_URGENT,
    /** 함께할 그룹이 있는가 */
    GROUP;

    public String messageKey() {
        return "topic.check." + name();
    }
}
