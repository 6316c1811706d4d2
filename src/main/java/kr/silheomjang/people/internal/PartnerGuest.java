package kr.silheomjang.people.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An address invited as a guest on behalf of a partner organisation. Access itself is the experiment membership. */
@Entity
@Immutable
@Table(name = "partner_guest")
public class PartnerGuest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "partner_id", nullable = false)
    private long partnerId;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected PartnerGuest() {
    }

    public PartnerGuest(long partnerId, String email, Instant invitedAt) {
        this.partnerId = partnerId;
        this.email = email;
        this.invitedAt = invitedAt;
    }

    public long getPartnerId() { return partnerId; }
    public String getEmail() { return email; }
    public Instant getInvitedAt() { return invitedAt; }
}
