package kr.silheomjang.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.security.AppUser;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Organisation administrator (0/1): edits shared templates and appoints other administrators. */
    @Column(nullable = false)
    private int administrator;

    /** When the account was deleted (anonymised); null while it is in use. */
    @Column(name = "erased_at")
    private @org.jspecify.annotations.Nullable Instant erasedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public AppUser toAppUser() {
        return new AppUser(id, email, displayName);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isAdministrator() {
        return administrator == 1;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator ? 1 : 0;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * Deletes the account's personal data and its way in: an address nobody has (so the real one can sign up again),
     * the erased-name marker, a password nobody knows, no administrator right. The row stays for what points to it.
     */
    public void erase(Instant now, String unusablePasswordHash) {
        this.email = "erased-" + id + "@invalid";
        this.displayName = kr.silheomjang.shared.PersonalDataHolder.ERASED;
        this.passwordHash = unusablePasswordHash;
        this.administrator = 0;
        this.erasedAt = now;
    }
}
