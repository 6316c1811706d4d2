package kr.silheomjang.people;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.GuestScope;

/**
 * The one definition of each participant field: its label and purpose keys, its CSV header, who may see it, its
 * input kind and limits, and how it is read from and written into a {@link ParticipantDraft}. The grid's columns and
 * row editor, the add dialog, the CSV export and import and the validation rules are all built from this list, so a
 * new field is a migration, a column on the entity, a component of the draft, a constant here and its labels
 * (docs/architecture.md, "Adding a participant field").
 */
public enum ParticipantField {

    NAME("name", null, "이름", Shown.ALWAYS, Check.NAME, 100, ParticipantDraft::name,
            (b, v) -> b.name((String) v)),
    PHONE("phone", "contact", "전화번호", Shown.CONTACTS, Check.PHONE, 40, ParticipantDraft::phone,
            (b, v) -> b.phone((String) v)),
    EMAIL("email", "contact", "이메일", Shown.CONTACTS, Check.EMAIL, 254, ParticipantDraft::email,
            (b, v) -> b.email((String) v)),
    GROUP("group", "group", "그룹", Shown.ALWAYS, Check.CHOICE, 0, ParticipantDraft::group,
            (b, v) -> b.group((ParticipantGroup) v), ParticipantGroup.values()),
    STATUS("status", "status", "참여 상태", Shown.ALWAYS, Check.CHOICE, 0, ParticipantDraft::status,
            (b, v) -> b.status((AttendanceStatus) v), AttendanceStatus.values()),
    PHOTO("photo", "photo", "촬영 동의", Shown.ALWAYS, Check.CHOICE, 0, ParticipantDraft::photoConsent,
            (b, v) -> b.photoConsent((PhotoConsent) v), PhotoConsent.values()),
    ACCESS("access", "access", "배리어프리", Shown.NEEDS, Check.TEXT, 1000, ParticipantDraft::accessibilityNeeds,
            (b, v) -> b.accessibilityNeeds((String) v)),
    DIET("diet", "diet", "식이", Shown.NEEDS, Check.TEXT, 1000, ParticipantDraft::dietaryNeeds,
            (b, v) -> b.dietaryNeeds((String) v)),
    NOTES("notes", "notes", "메모", Shown.NOTES, Check.TEXT, 2000, ParticipantDraft::notes,
            (b, v) -> b.notes((String) v));

    /** Who sees a field besides owners and planners: partner guests only when the owner turned its kind on. */
    public enum Shown {
        ALWAYS, CONTACTS, NEEDS, NOTES;

        public boolean to(GuestScope scope) {
            return switch (this) {
                case ALWAYS -> true;
                case CONTACTS -> scope.contacts();
                case NEEDS -> scope.needs();
                case NOTES -> scope.notes();
            };
        }
    }

    /** Which rule checks a value (see {@code ParticipantRules}). */
    public enum Check {
        NAME, PHONE, EMAIL, TEXT, CHOICE
    }

    private final String key;
    private final @Nullable String purpose;
    private final String csvHeader;
    private final Shown shown;
    private final Check check;
    private final int maxLength;
    private final Function<ParticipantDraft, @Nullable Object> getter;
    private final BiConsumer<ParticipantDraft.Builder, @Nullable Object> setter;
    private final List<? extends Enum<?>> choices;

    ParticipantField(String key, @Nullable String purpose, String csvHeader, Shown shown, Check check, int maxLength,
            Function<ParticipantDraft, @Nullable Object> getter,
            BiConsumer<ParticipantDraft.Builder, @Nullable Object> setter, Enum<?>... choices) {
        this.key = key;
        this.purpose = purpose;
        this.csvHeader = csvHeader;
        this.shown = shown;
        this.check = check;
        this.maxLength = maxLength;
        this.getter = getter;
        this.setter = setter;
        this.choices = List.of(choices);
    }

    /** The short key: {@code people.field.<key>} labels it, element ids and grid column keys use it. */
    public String key() {
        return key;
    }

    public String labelKey() {
        return "people.field." + key;
    }

    /** The key of the sentence saying why the field is collected, or null (the name needs none). */
    public @Nullable String purposeKey() {
        return purpose == null ? null : "people.purpose." + purpose;
    }

    public String csvHeader() {
        return csvHeader;
    }

    public Shown shown() {
        return shown;
    }

    public Check check() {
        return check;
    }

    /** Longest allowed text (0 for choices). */
    public int maxLength() {
        return maxLength;
    }

    public boolean isChoice() {
        return check == Check.CHOICE;
    }

    /** The allowed values of a choice field (empty for text). */
    public List<? extends Enum<?>> choices() {
        return choices;
    }

    /** The message key of a choice's label. */
    public static String choiceKey(Enum<?> choice) {
        return switch (choice) {
            case ParticipantGroup g -> g.messageKey();
            case AttendanceStatus s -> s.messageKey();
            case PhotoConsent p -> p.messageKey();
            default -> throw new IllegalArgumentException("not a participant choice: " + choice);
        };
    }

    public @Nullable Object get(ParticipantDraft draft) {
        return getter.apply(draft);
    }

    public void set(ParticipantDraft.Builder builder, @Nullable Object value) {
        setter.accept(builder, value);
    }
}
