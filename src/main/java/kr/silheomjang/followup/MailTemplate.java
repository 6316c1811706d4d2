package kr.silheomjang.followup;

/**
 * The guide's three mailings (§6 참여자 대상 발송), each with a Korean starting text that uses the merge fields of
 * {@link MailMerge}. The text is mail content, written for Korean recipients, not UI text: it is copied into the
 * mailing when it is made and then edited there.
 */
public enum MailTemplate {
    THANKS("[{실험장}] 함께해 주셔서 감사합니다", """
            {이름}님, 안녕하세요.

            {참여 일정}에 열린 '{실험장}'에 함께해 주셔서 진심으로 감사드립니다.
            덕분에 시민의 제안을 직접 시험해 볼 수 있었습니다.
            실험의 결과는 정리되는 대로 다시 알려 드리겠습니다.

            고맙습니다.
            """),
    RESULTS("[{실험장}] 실험 결과를 공유합니다", """
            {이름}님, 안녕하세요.

            '{실험장}'의 결과를 정리했습니다. 아래 링크에서 실험의 질문과 판정, 모인 의견을 보실 수 있습니다.
            {결과 링크}

            이 결과는 이후 공론장에서 함께 이야기할 자료가 됩니다. 의견이 있으시면 답장으로 알려 주세요.
            """),
    MORE("[{실험장}] 다음 이야기에도 함께해 주세요", """
            {이름}님, 안녕하세요.

            '{실험장}'은 끝났지만 이야기는 이어집니다. 결과를 나누고 다음 단계를 정하는 자리에 함께해 주세요.
            일정: {참여 일정}
            자세한 내용: {결과 링크}
            """);

    private final String subject;
    private final String body;

    MailTemplate(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body.strip();
    }

    public String messageKey() {
        return "followup.mail.template." + name();
    }
}
