package kr.silheomjang.people.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.PersonalDataHolder.PersonalTable;
import kr.silheomjang.shared.csv.CsvWriter;

/**
 * Everything kept about people across modules (docs/personal-data.md), for the people module's per-person export,
 * erasure and retention purge: the people module's own tables beyond participants (partner-guest addresses, the
 * consent log's free text) and every other module's {@link PersonalDataHolder}.
 */
@Component
public class PersonalDataMap {

    private final List<PersonalDataHolder> holders;
    private final JdbcTemplate jdbc;

    PersonalDataMap(List<PersonalDataHolder> holders, JdbcTemplate jdbc) {
        this.holders = List.copyOf(holders);
        this.jdbc = jdbc;
    }

    /** The person's export: their participant row and what every module keeps about them, one CSV per table. */
    public byte[] exportZip(long experimentId, PersonalDataHolder.Person person, byte[] participantCsv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            add(zip, "people-participant.csv", participantCsv);
            List<PersonalTable> people = partnerGuests(experimentId, person);
            for (PersonalTable t : people) {
                add(zip, "people-" + t.name() + ".csv", csv(t));
            }
            for (PersonalDataHolder h : holders) {
                for (PersonalTable t : h.export(experimentId, person)) {
                    add(zip, h.module() + "-" + t.name() + ".csv", csv(t));
                }
            }
            add(zip, "README.txt", ("이 파일에는 실험장이 이 분에 대해 보관한 모든 개인정보가 들어 있습니다.\r\n"
                    + "participant: 참여자 정보, 그 밖의 파일: 다른 기능(초대, 기획 보드 댓글, 설문 자유 응답, 관찰 기록, 메일 발송)"
                    + "에서 이 분의 이름·전화번호·이메일이 나온 기록.\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Erases what {@link #exportZip} handed over, outside the participant row. Returns how many records changed. */
    public int eraseElsewhere(long experimentId, PersonalDataHolder.Person person) {
        int n = 0;
        if (person.email() != null) {
            for (var g : guestRows(experimentId)) {
                if (person.hasEmail((String) g.get("email"))) {
                    n += jdbc.update("delete from partner_guest where id = ?", g.get("id"));
                }
            }
        }
        for (PersonalDataHolder h : holders) {
            n += h.erase(experimentId, person);
        }
        return n;
    }

    /** The retention purge outside participants, proposer record, roster and partners. */
    public int purgeElsewhere(long experimentId) {
        int n = jdbc.update("delete from partner_guest where partner_id in"
                + " (select id from partner_organization where experiment_id = ?)", experimentId);
        // The consent log stays as the record of what was decided when; how it was obtained is free text with names.
        n += jdbc.update("update consent_entry set obtained_how = ? where experiment_id = ? and obtained_how <> ?",
                PersonalDataHolder.ERASED, experimentId, PersonalDataHolder.ERASED);
        for (PersonalDataHolder h : holders) {
            n += h.purge(experimentId);
        }
        return n;
    }

    private List<java.util.Map<String, Object>> guestRows(long experimentId) {
        return jdbc.queryForList("select g.id, g.email, g.invited_at, p.org_name from partner_guest g"
                + " join partner_organization p on p.id = g.partner_id where p.experiment_id = ?", experimentId);
    }

    private List<PersonalTable> partnerGuests(long experimentId, PersonalDataHolder.Person person) {
        List<List<String>> rows = new ArrayList<>();
        for (var g : guestRows(experimentId)) {
            if (person.hasEmail((String) g.get("email"))) {
                rows.add(List.of((String) g.get("org_name"), (String) g.get("email"),
                        String.valueOf(g.get("invited_at"))));
            }
        }
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("partner-guest", List.of("협력기관", "이메일", "초대 시각"), rows));
    }

    private static byte[] csv(PersonalTable t) {
        CsvWriter w = CsvWriter.withHeader(t.header());
        t.rows().forEach(w::row);
        return w.toBytes();
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
