package kr.silheomjang.mail.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The SHA-256 of one mailed opt-out link's token, and the address it stands for. */
@Entity
@Table(name = "mail_opt_out_token")
public class OptOutToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected OptOutToken() {
    }

    public OptOutToken(String tokenHash, String email, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = createdAt;
    }

    public String getEmail() {
        return email;
    }
}
