package kr.silheomjang.people.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.people.PartnerDraft;

@Entity
@Table(name = "partner_organization")
public class PartnerOrganization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "org_name", nullable = false, length = 200)
    private String name;
    @Column(name = "contact_person", length = 100)
    private String contactPerson;
    @Column(length = 254)
    private String contact;
    @Column(name = "partner_role", length = 300)
    private String role;
    @Column(length = 2000)
    private String contributions;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Version
    private long version;

    protected PartnerOrganization() {
    }

    public PartnerOrganization(long experimentId) {
        this.experimentId = experimentId;
    }

    public void apply(PartnerDraft d, Instant now, String byName) {
        name = d.name();
        contactPerson = d.contactPerson();
        contact = d.contact();
        role = d.role();
        contributions = d.contributions();
        updatedAt = now;
        updatedByName = byName;
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public String getName() { return name; }
    public String getContactPerson() { return contactPerson; }
    public String getContact() { return contact; }
    public String getRole() { return role; }
    public String getContributions() { return contributions; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
