package kr.silheomjang.people;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.GuestScope;

/**
 * What a planner types for one participant (new or edited), and what a grid row shows of them. Built by name
 * ({@link #builder()}, {@link #toBuilder()}); every field is described once in {@link ParticipantField}. Blank texts
 * are stored as nothing.
 */
public record ParticipantDraft(@Nullable String name, @Nullable String phone, @Nullable String email,
        @Nullable ParticipantGroup group, @Nullable AttendanceStatus status, @Nullable PhotoConsent photoConsent,
        @Nullable String accessibilityNeeds, @Nullable String dietaryNeeds, @Nullable String notes) {

    /** A new participant: group 참여자, status 초대, 촬영 불가 until they agree. */
    public static Builder builder() {
        return new Builder().group(ParticipantGroup.PARTICIPANT).status(AttendanceStatus.INVITED)
                .photoConsent(PhotoConsent.REFUSED);
    }

    public static ParticipantDraft named(String name) {
        return builder().name(name).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        for (ParticipantField f : ParticipantField.values()) {
            f.set(b, f.get(this));
        }
        return b;
    }

    public ParticipantDraft withStatus(AttendanceStatus s) {
        return toBuilder().status(s).build();
    }

    public ParticipantDraft withGroup(ParticipantGroup g) {
        return toBuilder().group(g).build();
    }

    public ParticipantDraft withPhotoConsent(PhotoConsent p) {
        return toBuilder().photoConsent(p).build();
    }

    public ParticipantDraft withContacts(@Nullable String newPhone, @Nullable String newEmail) {
        return toBuilder().phone(newPhone).email(newEmail).build();
    }

    /** The same draft with what this scope may not see left out (null). */
    public ParticipantDraft visibleTo(GuestScope scope) {
        Builder b = toBuilder();
        for (ParticipantField f : ParticipantField.values()) {
            if (!f.shown().to(scope)) {
                f.set(b, null);
            }
        }
        return b.build();
    }

    /** Named setters, one per {@link ParticipantField}. */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable String phone;
        private @Nullable String email;
        private @Nullable ParticipantGroup group;
        private @Nullable AttendanceStatus status;
        private @Nullable PhotoConsent photoConsent;
        private @Nullable String accessibilityNeeds;
        private @Nullable String dietaryNeeds;
        private @Nullable String notes;

        private Builder() {
        }

        public Builder name(@Nullable String v) {
            name = v;
            return this;
        }

        public Builder phone(@Nullable String v) {
            phone = v;
            return this;
        }

        public Builder email(@Nullable String v) {
            email = v;
            return this;
        }

        public Builder group(@Nullable ParticipantGroup v) {
            group = v;
            return this;
        }

        public Builder status(@Nullable AttendanceStatus v) {
            status = v;
            return this;
        }

        public Builder photoConsent(@Nullable PhotoConsent v) {
            photoConsent = v;
            return this;
        }

        public Builder accessibilityNeeds(@Nullable String v) {
            accessibilityNeeds = v;
            return this;
        }

        public Builder dietaryNeeds(@Nullable String v) {
            dietaryNeeds = v;
            return this;
        }

        public Builder notes(@Nullable String v) {
            notes = v;
            return this;
        }

        /** Sets one field by its definition (forms and files that go through every field). */
        public Builder set(ParticipantField field, @Nullable Object value) {
            field.set(this, value);
            return this;
        }

        public ParticipantDraft build() {
            return new ParticipantDraft(name, phone, email, group, status, photoConsent, accessibilityNeeds,
                    dietaryNeeds, notes);
        }
    }
}
