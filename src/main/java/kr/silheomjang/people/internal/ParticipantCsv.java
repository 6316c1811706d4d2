package kr.silheomjang.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.CsvImportPreview;
import kr.silheomjang.people.CsvProblem;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.shared.csv.CsvFileException;
import kr.silheomjang.shared.csv.CsvReader;
import kr.silheomjang.shared.csv.CsvTable;
import kr.silheomjang.shared.csv.CsvWriter;

/**
 * The participants' CSV: Korean headers and Korean values, or English ones when downloaded from the English UI,
 * written and read through the shared {@link CsvWriter}/{@link CsvReader} (UTF-8 with a BOM out; UTF-8 or CP949 in;
 * formula cells neutralised). What export writes in either language, import reads back (the step dates are
 * informative and ignored on import; the change check column is read back). The Korean and English words here, the
 * clear markers among them, are the file format, not UI text.
 */
public final class ParticipantCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    /** The header of the one column a file must have. */
    static final String NAME = ParticipantField.NAME.csvHeader();
    /**
     * The export's last column: which participant a row was exported from and at which version ("12-v3"), so an
     * update can tell whether someone changed them since (decision note 0068). Letters keep spreadsheets from
     * reading it as a number or a date.
     */
    static final String CHANGE_CHECK = "변경 확인";
    static final String ENGLISH_CHANGE_CHECK = "Change check";
    private static final java.util.regex.Pattern CHANGE_CHECK_VALUE = java.util.regex.Pattern
            .compile("(\\d{1,18})\\s*-\\s*v\\s*(\\d{1,18})", java.util.regex.Pattern.CASE_INSENSITIVE);
    /**
     * What a cell holds to clear the participant's value on update (an empty cell leaves it as it is): a word in
     * brackets, so no real value clears by accident. Compared without spaces and case, full-width brackets too.
     */
    public static final List<String> CLEAR_MARKERS = List.of("(비움)", "(clear)");
    static final List<String> COLUMNS = Arrays.stream(ParticipantField.values()).map(ParticipantField::csvHeader)
            .toList();
    static final Map<AttendanceStatus, String> DATE_COLUMNS = new LinkedHashMap<>();

    /** The Korean words a file uses for the choices (what export writes, import reads). */
    static final Map<Enum<?>, String> CHOICES = Map.ofEntries(Map.entry(ParticipantGroup.PARTICIPANT, "참여자"),
            Map.entry(ParticipantGroup.PROPOSER, "제안자"), Map.entry(ParticipantGroup.PRESENTER, "발표자"),
            Map.entry(ParticipantGroup.MODERATOR, "사회자"), Map.entry(ParticipantGroup.FACILITATOR, "퍼실리테이터"),
            Map.entry(ParticipantGroup.STAFF, "스탭"), Map.entry(ParticipantGroup.FILM_CREW, "촬영팀"),
            Map.entry(ParticipantGroup.PARTNER, "협력기관"), Map.entry(AttendanceStatus.INVITED, "초대"),
            Map.entry(AttendanceStatus.CONFIRMED, "참여 확정"), Map.entry(AttendanceStatus.INFORMED, "안내 발송"),
            Map.entry(AttendanceStatus.RECONFIRMED, "재확인"), Map.entry(AttendanceStatus.ATTENDED, "참석"),
            Map.entry(AttendanceStatus.ABSENT, "불참"), Map.entry(AttendanceStatus.APPLIED, "신청"),
            Map.entry(AttendanceStatus.SELECTED, "선정"), Map.entry(AttendanceStatus.WAITLISTED, "대기"),
            Map.entry(AttendanceStatus.DECLINED, "미선정"), Map.entry(AttendanceStatus.CANCELLED, "취소"),
            Map.entry(PhotoConsent.GRANTED, "촬영 동의"),
            Map.entry(PhotoConsent.REFUSED, "촬영 불가"));

    static {
        for (AttendanceStatus s : AttendanceStatus.values()) {
            if (!s.dated()) {
                continue;
            }
            DATE_COLUMNS.put(s, CHOICES.get(s) + " 날짜");
        }
    }

    /**
     * English headers a file may use instead of the Korean ones (a sheet made in the English UI, or by a partner):
     * each field's key plus its usual English names, compared without case. Synonyms of the file format, not UI text.
     */
    static final Map<String, String> ENGLISH_HEADERS = Map.ofEntries(
            Map.entry("name", ParticipantField.NAME.csvHeader()),
            Map.entry("phone", ParticipantField.PHONE.csvHeader()),
            Map.entry("phone number", ParticipantField.PHONE.csvHeader()),
            Map.entry("email", ParticipantField.EMAIL.csvHeader()),
            Map.entry("e-mail", ParticipantField.EMAIL.csvHeader()),
            Map.entry("group", ParticipantField.GROUP.csvHeader()),
            Map.entry("status", ParticipantField.STATUS.csvHeader()),
            Map.entry("photo", ParticipantField.PHOTO.csvHeader()),
            Map.entry("photo consent", ParticipantField.PHOTO.csvHeader()),
            Map.entry("access", ParticipantField.ACCESS.csvHeader()),
            Map.entry("accessibility", ParticipantField.ACCESS.csvHeader()),
            Map.entry("accessibility needs", ParticipantField.ACCESS.csvHeader()),
            Map.entry("diet", ParticipantField.DIET.csvHeader()),
            Map.entry("dietary needs", ParticipantField.DIET.csvHeader()),
            Map.entry("notes", ParticipantField.NOTES.csvHeader()),
            Map.entry("note", ParticipantField.NOTES.csvHeader()));

    /** The English header export writes for each field (each one also an {@link #ENGLISH_HEADERS} synonym). */
    static final Map<ParticipantField, String> ENGLISH_COLUMNS = Map.of(ParticipantField.NAME, "Name",
            ParticipantField.PHONE, "Phone", ParticipantField.EMAIL, "Email", ParticipantField.GROUP, "Group",
            ParticipantField.STATUS, "Status", ParticipantField.PHOTO, "Photo consent",
            ParticipantField.ACCESS, "Accessibility needs", ParticipantField.DIET, "Dietary needs",
            ParticipantField.NOTES, "Notes");

    /** A choice's English word: its constant in words ("FILM_CREW": "Film crew"), what import also accepts. */
    static String english(Enum<?> choice) {
        String words = choice.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The English header of a step's date column ("Confirmed date"). */
    static String englishDateColumn(AttendanceStatus s) {
        return english(s) + " date";
    }

    /** The Korean header a file's header stands for (itself, or its English synonym's), or null when unknown. */
    static @Nullable String canonical(String header) {
        if (COLUMNS.contains(header) || DATE_COLUMNS.containsValue(header) || CHANGE_CHECK.equals(header)) {
            return header;
        }
        String lower = header.strip().toLowerCase(java.util.Locale.ROOT);
        if (ENGLISH_CHANGE_CHECK.toLowerCase(java.util.Locale.ROOT).equals(lower)) {
            return CHANGE_CHECK;
        }
        for (Map.Entry<AttendanceStatus, String> d : DATE_COLUMNS.entrySet()) {
            if (englishDateColumn(d.getKey()).toLowerCase(java.util.Locale.ROOT).equals(lower)) {
                return d.getValue();
            }
        }
        return ENGLISH_HEADERS.get(lower);
    }

    private ParticipantCsv() {
    }

    /**
     * The list as planners export it, in the downloader's language (English when {@code locale} is English, Korean
     * otherwise), each row ending with its change check.
     */
    public static byte[] write(List<ParticipantRow> rows, java.util.@Nullable Locale locale) {
        return write(rows, locale, true);
    }

    /**
     * {@link #write(List, java.util.Locale)}, with or without the change check column (a person's own export has no
     * use for it: it is for importing the list back).
     */
    public static byte[] write(List<ParticipantRow> rows, java.util.@Nullable Locale locale, boolean changeCheck) {
        boolean english = kr.silheomjang.shared.Texts.language(locale).equals(java.util.Locale.ENGLISH);
        List<String> header = new ArrayList<>();
        for (ParticipantField f : ParticipantField.values()) {
            header.add(english ? ENGLISH_COLUMNS.get(f) : f.csvHeader());
        }
        DATE_COLUMNS.forEach((s, korean) -> header.add(english ? englishDateColumn(s) : korean));
        if (changeCheck) {
            header.add(english ? ENGLISH_CHANGE_CHECK : CHANGE_CHECK);
        }
        CsvWriter csv = CsvWriter.withHeader(header);
        for (ParticipantRow r : rows) {
            List<Object> values = new ArrayList<>();
            for (ParticipantField f : ParticipantField.values()) {
                Object v = f.get(r.details());
                values.add(v == null ? "" : v instanceof Enum<?> choice ? english ? english(choice)
                        : CHOICES.get(choice) : v);
            }
            for (AttendanceStatus s : AttendanceStatus.values()) {
                if (!s.dated()) {
                    continue;
                }
                LocalDate d = r.dateOf(s);
                values.add(d == null ? "" : d.toString());
            }
            if (changeCheck) {
                values.add(new ChangeCheck(r.id(), r.version()).toString());
            }
            csv.row(values);
        }
        return csv.toBytes();
    }

    /**
     * A file as read: the preview, and for each of its rows what an update would do with its cells (see
     * {@link Cells}), in the order of the preview's rows.
     */
    public record Parsed(CsvImportPreview preview, List<Cells> cells) {
    }

    /**
     * One row's cells as an update reads them.
     *
     * @param line the row's line in the file
     * @param filled the fields whose cell holds a value (a missing column or an empty cell is not among them), so an
     *        update leaves what the file does not say alone
     * @param cleared the fields whose cell holds a {@link #CLEAR_MARKERS clear marker}
     * @param changeCheck the participant and version the row was exported from, or null (a hand-made row or file)
     */
    public record Cells(int line, Set<ParticipantField> filled, Set<ParticipantField> cleared,
            @Nullable ChangeCheck changeCheck) {
    }

    /** Which participant an exported row came from and at which version. */
    public record ChangeCheck(long participantId, long version) {

        @Override
        public String toString() {
            return participantId + "-v" + version;
        }
    }

    /** Whether a cell asks to clear the value. */
    static boolean isClearMarker(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String v = text.replaceAll("\\s", "").replace('\uFF08', '(').replace('\uFF09', ')')
                .toLowerCase(java.util.Locale.ROOT);
        return CLEAR_MARKERS.contains(v);
    }

    /** Reads every row and collects every problem; never stops at the first one. */
    public static CsvImportPreview read(byte[] bytes) {
        return parse(bytes).preview();
    }

    /** {@link #read(byte[])} with the cells each row filled. */
    public static Parsed parse(byte[] bytes) {
        List<CsvProblem> problems = new ArrayList<>();
        List<ParticipantDraft> rows = new ArrayList<>();
        List<Cells> cells = new ArrayList<>();
        if (bytes != null && bytes.length > MAX_BYTES) {
            return new Parsed(new CsvImportPreview(rows, List.of(new CsvProblem(0, "people.csv.error.tooBig", "")),
                    null), List.of());
        }
        CsvTable table;
        try {
            table = CsvReader.read(bytes, MAX_ROWS);
        } catch (CsvFileException e) {
            return new Parsed(new CsvImportPreview(rows, List.of(new CsvProblem(0, e.messageKey(), e.value())), null),
                    List.of());
        }
        // Korean header -> the file's own header (English headers are read as their Korean columns).
        Map<String, String> columns = new LinkedHashMap<>();
        for (String h : table.headers()) {
            String known = h.isEmpty() ? null : canonical(h);
            if (!h.isEmpty() && known == null) {
                problems.add(new CsvProblem(1, "people.csv.error.unknownColumn", h));
            } else if (known != null) {
                columns.putIfAbsent(known, h);
            }
        }
        if (!columns.containsKey(NAME)) {
            problems.add(new CsvProblem(1, "people.csv.error.missingColumn", NAME));
        }
        if (!problems.isEmpty()) {
            return new Parsed(new CsvImportPreview(List.of(), problems, table.encoding()), List.of());
        }
        for (CsvTable.Row rec : table.rows()) {
            if (!rec.consistent()) {
                problems.add(new CsvProblem(rec.line(), "people.csv.error.columnCount", String.valueOf(rec.cells())));
                continue;
            }
            Set<ParticipantField> filled = EnumSet.noneOf(ParticipantField.class);
            Set<ParticipantField> cleared = EnumSet.noneOf(ParticipantField.class);
            ParticipantDraft d = row(rec, columns, rec.line(), problems, filled, cleared);
            ChangeCheck changeCheck = changeCheck(rec, columns, problems);
            if (d != null) {
                rows.add(d);
                cells.add(new Cells(rec.line(), Collections.unmodifiableSet(filled),
                        Collections.unmodifiableSet(cleared), changeCheck));
            }
        }
        if (table.moreRows()) {
            problems.add(new CsvProblem(MAX_ROWS + 2, "people.csv.error.tooManyRows", String.valueOf(MAX_ROWS)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvProblem(0, "people.csv.error.noRows", ""));
        }
        boolean ok = problems.isEmpty();
        return new Parsed(new CsvImportPreview(ok ? rows : List.of(), problems, table.encoding(),
                ok ? cells.stream().map(Cells::cleared).toList() : List.of()), ok ? cells : List.of());
    }

    private static @Nullable ParticipantDraft row(CsvTable.Row rec, Map<String, String> columns, int line,
            List<CsvProblem> problems, Set<ParticipantField> filled, Set<ParticipantField> cleared) {
        int before = problems.size();
        if (rec.get(columns.get(NAME)) == null) {
            problems.add(new CsvProblem(line, "people.csv.error.nameRequired", ""));
        }
        // Choices left empty keep a new participant's defaults; an update leaves them alone (filled).
        ParticipantDraft.Builder b = ParticipantDraft.builder();
        for (ParticipantField f : ParticipantField.values()) {
            String header = columns.get(f.csvHeader());
            String text = header == null ? null : rec.get(header);
            if (isClearMarker(text)) {
                // The name and the choices always hold a value: clearing them is refused, not guessed.
                if (f == ParticipantField.NAME || f.isChoice()) {
                    problems.add(new CsvProblem(line, "people.csv.error.cannotClear", header));
                } else {
                    cleared.add(f);
                }
                text = null;
            } else if (text != null && !text.isBlank()) {
                filled.add(f);
            }
            if (!f.isChoice()) {
                b.set(f, text);
            } else if (text != null) {
                Enum<?> c = choice(f, text, line, problems);
                if (c != null) {
                    b.set(f, c);
                }
            }
        }
        ParticipantDraft d = b.build();
        // The phone or the e-mail is how the row finds its participant: one may go only while the other is given.
        if ((cleared.contains(ParticipantField.PHONE) && !filled.contains(ParticipantField.EMAIL))
                || (cleared.contains(ParticipantField.EMAIL) && !filled.contains(ParticipantField.PHONE))) {
            problems.add(new CsvProblem(line, "people.csv.error.clearNeedsContact", ""));
        }
        for (String key : ParticipantRules.problems(d)) {
            if (!"people.error.nameRequired".equals(key)) {
                problems.add(new CsvProblem(line, key, ""));
            }
        }
        return problems.size() == before ? d : null;
    }

    /** The row's change check, or null when the file has none or the cell is empty; a problem when unreadable. */
    private static @Nullable ChangeCheck changeCheck(CsvTable.Row rec, Map<String, String> columns,
            List<CsvProblem> problems) {
        String header = columns.get(CHANGE_CHECK);
        String text = header == null ? null : rec.get(header);
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = CHANGE_CHECK_VALUE.matcher(text.strip());
        if (!m.matches()) {
            problems.add(new CsvProblem(rec.line(), "people.csv.error.badChangeCheck", text));
            return null;
        }
        return new ChangeCheck(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    /**
     * The choice a cell names (its Korean word or its English one, spaces, underscores and case ignored), or null
     * with a problem.
     */
    private static @Nullable Enum<?> choice(ParticipantField f, String value, int line, List<CsvProblem> problems) {
        String v = value.replace(" ", "");
        for (Enum<?> c : f.choices()) {
            if (CHOICES.get(c).replace(" ", "").equals(v)
                    || c.name().replace("_", "").equalsIgnoreCase(v.replace("_", ""))) {
                return c;
            }
        }
        problems.add(new CsvProblem(line, "people.csv.error.bad" + Character.toUpperCase(f.key().charAt(0))
                + f.key().substring(1), value));
        return null;
    }

}
