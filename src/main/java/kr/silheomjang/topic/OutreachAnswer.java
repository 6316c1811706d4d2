package kr.silheomjang.topic;

/**
 * The proposer's answer at a step: to 참여의사 확인 whether they want to take part (WANTS / DECLINES), to 제안 콘텐츠
 * 활용 확인 whether the content may be used (WANTS = yes, DECLINES = no).
 */
public enum OutreachAnswer {
    WANTS, DECLINES;

    public String messageKey() {
        return "topic.outreach.answer." + name();
    }
}
