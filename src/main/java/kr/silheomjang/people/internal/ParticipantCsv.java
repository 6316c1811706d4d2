package kr.silheomjang.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.CsvImportPreview;
import kr.silheomjang.people.CsvProblem;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.shared.csv.CsvFileException;
import kr.silheomjang.shared.csv.CsvReader;
import kr.silheomjang.shared.csv.CsvTable;
import kr.silheomjang.shared.csv.CsvWriter;

/**
 * The participants' CSV: Korean headers and Korean values, written and read through the shared
 * {@link CsvWriter}/{@link CsvReader} (UTF-8 with a BOM out; UTF-8 or CP949 in; formula cells neutralised). What
 * export writes, import reads back (the step dates are informative and ignored on import).
 */
public final class ParticipantCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    static final String NAME = "이름";
    static final String PHONE = "전화번호";
    static final String EMAIL = "이메일";
    static final String GROUP = "그룹";
    static final String STATUS = "참여 상태";
    static final String PHOTO = "촬영 동의";
    static final String ACCESS = "배리어프리";
    static final String DIET = "식이";
    static final String NOTES = "메모";
    static final List<String> COLUMNS = List.of(NAME, PHONE, EMAIL, GROUP, STATUS, PHOTO, ACCESS, DIET, NOTES);
    static final Map<AttendanceStatus, String> DATE_COLUMNS = new LinkedHashMap<>();

    static final Map<ParticipantGroup, String> GROUPS = Map.of(ParticipantGroup.PARTICIPANT, "참여자",
            ParticipantGroup.PROPOSER, "제안자", ParticipantGroup.PRESENTER, "발표자", ParticipantGroup.MODERATOR, "사회자",
            ParticipantGroup.FACILITATOR, "퍼실리테이터", ParticipantGroup.STAFF, "스탭", ParticipantGroup.FILM_CREW,
            "촬영팀", ParticipantGroup.PARTNER, "협력기관");
    static final Map<AttendanceStatus, String> STATUSES = Map.of(AttendanceStatus.INVITED, "초대",
            AttendanceStatus.CONFIRMED, "참여 확정", AttendanceStatus.INFORMED, "안내 발송", AttendanceStatus.RECONFIRMED,
            "재확인", AttendanceStatus.ATTENDED, "참석", AttendanceStatus.ABSENT, "불참");
    static final Map<PhotoConsent, String> PHOTOS = Map.of(PhotoConsent.GRANTED, "촬영 동의", PhotoConsent.REFUSED,
            "촬영 불가");

    static {
        for (AttendanceStatus s : AttendanceStatus.values()) {
            DATE_COLUMNS.put(s, STATUSES.get(s) + " 날짜");
        }
    }

    private ParticipantCsv() {
    }

    public static byte[] write(List<ParticipantRow> rows) {
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(DATE_COLUMNS.values());
        CsvWriter csv = CsvWriter.withHeader(header);
        for (ParticipantRow r : rows) {
            List<Object> values = new ArrayList<>(List.of(r.name(), nz(r.phone()), nz(r.email()),
                    GROUPS.get(r.group()), STATUSES.get(r.status()), PHOTOS.get(r.photoConsent()),
                    nz(r.accessibilityNeeds()), nz(r.dietaryNeeds()), nz(r.notes())));
            for (AttendanceStatus s : AttendanceStatus.values()) {
                LocalDate d = r.dateOf(s);
                values.add(d == null ? "" : d.toString());
            }
            csv.row(values);
        }
        return csv.toBytes();
    }

    /** Reads every row and collects every problem; never stops at the first one. */
    public static CsvImportPreview read(byte[] bytes) {
        List<CsvProblem> problems = new ArrayList<>();
        List<ParticipantDraft> rows = new ArrayList<>();
        if (bytes != null && bytes.length > MAX_BYTES) {
            return new CsvImportPreview(rows, List.of(new CsvProblem(0, "people.csv.error.tooBig", "")), null);
        }
        CsvTable table;
        try {
            table = CsvReader.read(bytes, MAX_ROWS);
        } catch (CsvFileException e) {
            return new CsvImportPreview(rows, List.of(new CsvProblem(0, e.messageKey(), e.value())), null);
        }
        List<String> headers = table.headers();
        for (String h : headers) {
            if (!h.isEmpty() && !COLUMNS.contains(h) && !DATE_COLUMNS.containsValue(h)) {
                problems.add(new CsvProblem(1, "people.csv.error.unknownColumn", h));
            }
        }
        if (!headers.contains(NAME)) {
            problems.add(new CsvProblem(1, "people.csv.error.missingColumn", NAME));
        }
        if (!problems.isEmpty()) {
            return new CsvImportPreview(List.of(), problems, table.encoding());
        }
        for (CsvTable.Row rec : table.rows()) {
            if (!rec.consistent()) {
                problems.add(new CsvProblem(rec.line(), "people.csv.error.columnCount", String.valueOf(rec.cells())));
                continue;
            }
            ParticipantDraft d = row(rec, rec.line(), problems);
            if (d != null) {
                rows.add(d);
            }
        }
        if (table.moreRows()) {
            problems.add(new CsvProblem(MAX_ROWS + 2, "people.csv.error.tooManyRows", String.valueOf(MAX_ROWS)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvProblem(0, "people.csv.error.noRows", ""));
        }
        return new CsvImportPreview(problems.isEmpty() ? rows : List.of(), problems, table.encoding());
    }

    private static ParticipantDraft row(CsvTable.Row rec, int line, List<CsvProblem> problems) {
        int before = problems.size();
        String name = get(rec, NAME);
        if (name == null) {
            problems.add(new CsvProblem(line, "people.csv.error.nameRequired", ""));
        }
        ParticipantGroup group = parse(get(rec, GROUP), GROUPS, ParticipantGroup.PARTICIPANT, line,
                "people.csv.error.badGroup", problems);
        AttendanceStatus status = parse(get(rec, STATUS), STATUSES, AttendanceStatus.INVITED, line,
                "people.csv.error.badStatus", problems);
        PhotoConsent photo = parse(get(rec, PHOTO), PHOTOS, PhotoConsent.REFUSED, line, "people.csv.error.badPhoto",
                problems);
        ParticipantDraft d = new ParticipantDraft(name, get(rec, PHONE), get(rec, EMAIL), group, status, photo,
                get(rec, ACCESS), get(rec, DIET), get(rec, NOTES));
        for (String key : ParticipantRules.problems(d)) {
            if (!"people.error.nameRequired".equals(key)) {
                problems.add(new CsvProblem(line, key, ""));
            }
        }
        return problems.size() == before ? d : null;
    }

    private static <E extends Enum<E>> E parse(String value, Map<E, String> labels, E fallback, int line, String key,
            List<CsvProblem> problems) {
        if (value == null) {
            return fallback;
        }
        String v = value.replace(" ", "");
        for (Map.Entry<E, String> e : labels.entrySet()) {
            if (e.getValue().replace(" ", "").equals(v) || e.getKey().name().equalsIgnoreCase(value)) {
                return e.getKey();
            }
        }
        problems.add(new CsvProblem(line, key, value));
        return fallback;
    }

    private static String get(CsvTable.Row rec, String column) {
        return rec.get(column);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
