package kr.silheomjang.topic.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.csv.CsvFileException;
import kr.silheomjang.shared.csv.CsvReader;
import kr.silheomjang.shared.csv.CsvTable;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.ImportField;

/**
 * Reads a proposals file into flat rows: Decidim's "Export proposals" as JSON (nested keys flattened with {@code /},
 * e.g. {@code title/ko}, {@code author/name}) or as CSV (already flattened), or any CSV (demosX, a spreadsheet).
 * Suggests the column for each field and turns a row into a candidate: HTML bodies become plain text.
 */
public final class ProposalImport {

    public static final int MAX_ROWS = 2000;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The usual names, best first: Decidim's keys (Korean, then English locale), then common Korean headers. */
    private static final Map<ImportField, List<String>> SUGGESTED = new EnumMap<>(Map.of(
            ImportField.TITLE, List.of("title/ko", "title/en", "title", "제목", "제안 제목"),
            ImportField.BODY, List.of("body/ko", "body/en", "body", "본문", "내용", "제안 내용"),
            ImportField.AUTHOR, List.of("author/name", "author", "작성자", "제안자"),
            ImportField.DATE, List.of("published_at", "created_at", "date", "제안일", "작성일", "등록일"),
            ImportField.URL, List.of("url", "link", "링크", "주소", "원문"),
            ImportField.EXTERNAL_ID, List.of("id", "reference", "번호", "제안번호")));

    /** One row: its line and its values by column. */
    public record Row(int line, Map<String, String> values) {
    }

    public record Table(List<String> columns, List<Row> rows) {
    }

    private ProposalImport() {
    }

    public static Table read(String fileName, byte[] bytes) {
        boolean json = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json");
        return json ? readJson(bytes) : readCsv(bytes);
    }

    private static Table readCsv(byte[] bytes) {
        CsvTable t;
        try {
            t = CsvReader.read(bytes, MAX_ROWS);
        } catch (CsvFileException e) {
            throw new UserFacingException(e.messageKeys());
        }
        if (t.moreRows()) {
            throw new UserFacingException("topic.import.error.tooManyRows");
        }
        List<Row> rows = t.rows().stream().map(r -> new Row(r.line(), r.values())).toList();
        return new Table(t.headers().stream().filter(h -> !h.isEmpty()).toList(), rows);
    }

    private static Table readJson(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UserFacingException("topic.import.error.json");
        }
        if (root == null || !root.isArray()) {
            throw new UserFacingException("topic.import.error.json");
        }
        if (root.size() > MAX_ROWS) {
            throw new UserFacingException("topic.import.error.tooManyRows");
        }
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        int line = 0;
        for (JsonNode item : root) {
            line++;
            Map<String, String> values = new LinkedHashMap<>();
            flatten("", item, values);
            columns.addAll(values.keySet());
            rows.add(new Row(line, values));
        }
        return new Table(List.copyOf(columns), rows);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "/" + e.getKey(), e.getValue(), into);
            }
        } else if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode v : node) {
                if (v.isValueNode()) {
                    parts.add(v.asString());
                }
            }
            if (!parts.isEmpty()) {
                into.put(prefix, String.join(", ", parts));
            }
        } else if (!node.isNull() && !prefix.isEmpty()) {
            String v = node.asString();
            if (!v.isBlank()) {
                into.put(prefix, v);
            }
        }
    }

    /** The column suggested for each field (fields without a likely column are absent). */
    public static Map<ImportField, String> suggest(List<String> columns) {
        Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
        for (var e : SUGGESTED.entrySet()) {
            for (String name : e.getValue()) {
                String found = columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
                if (found != null) {
                    mapping.put(e.getKey(), found);
                    break;
                }
            }
        }
        return mapping;
    }

    /** The value of a field in a row under the mapping, or null. */
    public static String value(Row row, Map<ImportField, String> mapping, ImportField field) {
        String column = mapping.get(field);
        return column == null ? null : Texts.stripToNull(row.values().get(column));
    }

    /** A row as a candidate draft; {@code problems} gets the message keys of what could not be read. */
    public static CandidateDraft draft(Row row, Map<ImportField, String> mapping, String source,
            List<String> problems) {
        String author = value(row, mapping, ImportField.AUTHOR);
        LocalDate date = null;
        String rawDate = value(row, mapping, ImportField.DATE);
        if (rawDate != null) {
            date = date(rawDate);
            if (date == null) {
                problems.add("topic.import.error.date");
            }
        }
        String title = value(row, mapping, ImportField.TITLE);
        String body = plainText(value(row, mapping, ImportField.BODY));
        return new CandidateDraft(title == null ? "" : plainText(title), body == null ? "" : body, source,
                value(row, mapping, ImportField.URL), date, author != null, author, null, null, null, List.of());
    }

    /** HTML (Decidim bodies are rich text) as plain text with its paragraphs; no markup survives. */
    static String plainText(String html) {
        if (html == null || html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        String marked = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>|</div>", "\n");
        Document.OutputSettings keep = new Document.OutputSettings().prettyPrint(false);
        String text = Jsoup.clean(marked, "", Safelist.none(), keep);
        return Parser.unescapeEntities(text, false).replaceAll("\n{3,}", "\n\n").strip();
    }

    /** ISO dates and timestamps (Decidim: {@code 2019-03-11T10:00:00+09:00} or {@code 2019-03-11 01:00:00 UTC}). */
    static LocalDate date(String raw) {
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(SEOUL).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a full timestamp
        }
        try {
            String utc = s.replaceFirst(" UTC$", "Z").replace(' ', 'T');
            return OffsetDateTime.parse(utc).atZoneSameInstant(SEOUL).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not "yyyy-MM-dd HH:mm:ss UTC"
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10).replace('.', '-').replace('/', '-') : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
