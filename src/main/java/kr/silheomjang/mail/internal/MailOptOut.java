package kr.silheomjang.mail.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address that asked for no more mail (lower-cased). */
@Entity
@Table(name = "mail_opt_out")
public class MailOptOut {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "opted_out_at", nullable = false)
    private Instant optedOutAt;

    @SuppressWarnings("NullAway.Init")
    protected MailOptOut() {
    }

    public MailOptOut(String email, Instant optedOutAt) {
        this.email = email;
        this.optedOutAt = optedOutAt;
    }

    public String getEmail() {
        return email;
    }
}
