package kr.silheomjang.experiment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class InvitationMailerTest {

    @Test
    void withoutSmtpNothingIsMailedAndTheCallerShowsTheLink() {
        InvitationMailer mailer = new InvitationMailer(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class));
        assertThat(mailer.send("guest@org.kr", "서울역 야학", "김기획", "http://x/invite/abc")).isFalse();
    }

    @Test
    void withSmtpTheInvitationIsMailedInKoreanWithTheLink() {
        JavaMailSender sender = mock(JavaMailSender.class);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", sender);
        InvitationMailer mailer = new InvitationMailer(beans.getBeanProvider(JavaMailSender.class));

        assertThat(mailer.send("guest@org.kr", "서울역 야학", "김기획", "http://x/invite/abc")).isTrue();

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("guest@org.kr");
        assertThat(sent.getValue().getSubject()).contains("서울역 야학");
        assertThat(sent.getValue().getText()).contains("김기획님이").contains("http://x/invite/abc");
    }

    @Test
    void aFailingSmtpServerFallsBackToShowingTheLink() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("down")).when(sender).send(any(SimpleMailMessage.class));
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", sender);
        assertThat(new InvitationMailer(beans.getBeanProvider(JavaMailSender.class))
                .send("guest@org.kr", "t", "n", "http://x/invite/abc")).isFalse();
    }
}
