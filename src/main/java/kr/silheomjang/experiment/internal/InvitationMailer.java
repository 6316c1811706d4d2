package kr.silheomjang.experiment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails an invitation when SMTP is configured ({@code spring.mail.host}); otherwise only logs the link, which the UI
 * shows to the owner to copy.
 */
@Component
public class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
    }

    /** @return whether the mail was handed to the SMTP server */
    public boolean send(String to, String experimentTitle, String inviterName, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        log.info("Invitation to {} for '{}': {}", to, experimentTitle, link);
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to);
        message.setSubject("[실험장] '" + experimentTitle + "'에 초대되었습니다");
        message.setText(inviterName + "님이 실험장 '" + experimentTitle + "'에 초대했습니다.\n"
                + "아래 링크에서 비밀번호를 정하고 참여하세요 (7일 동안 한 번만 쓸 수 있습니다).\n\n" + link + "\n\n"
                + "You have been invited to the experiment lab '" + experimentTitle + "'. Open the link above to join.");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not mail the invitation to {}", to, e);
            return false;
        }
    }
}
