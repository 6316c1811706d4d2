package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.ParticipantCsvService.ExistingRows;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Updating participants from a CSV file (decision note 0068): a clear marker clears a field, an empty cell keeps it,
 * identity fields are never cleared; a row of an exported file never writes over a change a co-planner made after the
 * export, neither when the preview showed it nor when it happened after the preview.
 */
@SpringBootTest
@ActiveProfiles("test")
class CsvUpdateClearsAndChecksTest {

    @Autowired
    Teams teams;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;
    @Autowired
    ParticipantCsvService csv;

    String account(String name) {
        String email = "c" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    /**
     * The exported file with one cell of the row of {@code name} set to {@code value}, as a planner edits it in a
     * spreadsheet (the export writes the fields in their order first; these test rows hold no quoted commas).
     */
    static String withCell(String csv, String name, ParticipantField field, String value) {
        StringBuilder out = new StringBuilder();
        for (String line : csv.split("\r\n", -1)) {
            if (line.startsWith(name + ",")) {
                String[] cells = line.split(",", -1);
                cells[field.ordinal()] = value;
                line = String.join(",", cells);
            }
            out.append(line).append(line.isEmpty() ? "" : "\r\n");
        }
        return out.toString();
    }

    ParticipantRow row(String owner, long id, String name) {
        return signedIn.as(owner, () -> participants.list(id)).stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    void edit(String who, long id, String name, java.util.function.UnaryOperator<ParticipantDraft.Builder> change) {
        signedIn.run(who, () -> {
            ParticipantRow r = participants.list(id).stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow();
            participants.update(id, r.id(), r.version(), change.apply(r.toDraft().toBuilder()).build());
        });
    }

    /** The planner exported, deleted a wrong e-mail and a note in the spreadsheet by the marker, and imports back. */
    @Test
    void aClearMarkerClearsTheFieldOnUpdateAndAnEmptyCellKeepsIt() {
        String owner = account("김소유");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("비우기")));
        signedIn.run(owner, () -> participants.create(id, new ParticipantDraft("김철수", "010-1111-2222",
                "wrong@x.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.CONFIRMED, PhotoConsent.GRANTED,
                "휠체어", "채식", "잘못 적은 메모")));
        String exported = text(signedIn.as(owner, () -> csv.exportCsv(id, null)));
        assertThat(exported).contains("변경 확인");
        String edited = withCell(exported, "김철수", ParticipantField.EMAIL, "(비움)");
        edited = withCell(edited, "김철수", ParticipantField.NOTES, " ( Clear ) ");
        edited = withCell(edited, "김철수", ParticipantField.DIET, "");
        // A row added by hand to the exported file, without a change check.
        String[] added = new String[edited.split("\r\n")[0].split(",").length];
        java.util.Arrays.fill(added, "");
        added[0] = "박신규";
        added[ParticipantField.PHONE.ordinal()] = "010-5555-6666";
        added[ParticipantField.EMAIL.ordinal()] = "（비움）";
        byte[] file = utf8(edited + String.join(",", added) + "\r\n");

        CsvImportPreview preview = signedIn.as(owner, () -> csv.previewImport(id, file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.clears()).containsExactly(Set.of(ParticipantField.EMAIL, ParticipantField.NOTES),
                Set.of(ParticipantField.EMAIL));

        // Skipping known people clears nothing; the new one is added with nothing where the marker was.
        assertThat(signedIn.as(owner, () -> csv.importCsv(id, file, ExistingRows.SKIP, Map.of()))).isEqualTo(1);
        assertThat(row(owner, id, "김철수").email()).isEqualTo("wrong@x.kr");
        assertThat(row(owner, id, "박신규").email()).isNull();

        Map<Long, Long> seen = signedIn.as(owner, () -> csv.existingInImport(id, file));
        assertThat(signedIn.as(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE, seen))).isEqualTo(1);
        ParticipantRow after = row(owner, id, "김철수");
        assertThat(after.email()).isNull();
        assertThat(after.notes()).isNull();
        assertThat(after.dietaryNeeds()).as("an empty cell leaves the value").isEqualTo("채식");
        assertThat(after.accessibilityNeeds()).isEqualTo("휠체어");
        assertThat(after.phone()).isEqualTo("010-1111-2222");
        assertThat(after.status()).isEqualTo(AttendanceStatus.CONFIRMED);
    }

    /** The name, the choices and the last way to find the person are never cleared: the whole file is refused. */
    @Test
    void clearingIdentityFieldsIsRefusedRowByRowAndNothingIsSaved() {
        String owner = account("김소유");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("비우기 거절")));
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("김철수").withContacts("010-1111-2222", "kim@x.kr"));
            participants.create(id, ParticipantDraft.named("이영희").withContacts("010-3333-4444", null));
        });
        byte[] file = utf8("이름,전화번호,이메일,그룹,메모\n"
                + "(비움),010-1111-2222,,,\n"
                + "김철수,(비움),,,\n"
                + "김철수,(비움),(clear),,\n"
                + "김철수,010-1111-2222,(비움),(비움),\n"
                + "이영희,010-3333-4444,,,새 메모\n");
        CsvImportPreview preview = signedIn.as(owner, () -> csv.previewImport(id, file));
        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems()).extracting(CsvProblem::line, CsvProblem::messageKey, CsvProblem::value)
                .containsExactly(tuple(2, "people.csv.error.cannotClear", "이름"),
                        tuple(3, "people.csv.error.clearNeedsContact", ""),
                        tuple(4, "people.csv.error.clearNeedsContact", ""),
                        tuple(5, "people.csv.error.cannotClear", "그룹"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE,
                csv.existingInImport(id, file)))).isInstanceOf(CsvImportException.class);
        assertThat(row(owner, id, "김철수").phone()).isEqualTo("010-1111-2222");
        assertThat(row(owner, id, "김철수").email()).isEqualTo("kim@x.kr");
        assertThat(row(owner, id, "이영희").notes()).as("nothing half-saved").isNull();

        // Clearing one way of finding the person while the row gives the other is fine.
        byte[] ok = utf8("이름,전화번호,이메일\n김철수,(비움),kim@x.kr\n");
        assertThat(signedIn.as(owner, () -> csv.importCsv(id, ok, ExistingRows.UPDATE,
                csv.existingInImport(id, ok)))).isEqualTo(1);
        assertThat(row(owner, id, "김철수").phone()).isNull();
        assertThat(row(owner, id, "김철수").email()).isEqualTo("kim@x.kr");
    }

    /**
     * Export; a co-planner fixes 김철수's e-mail in the app; the old file (with a new note for 이영희) is imported:
     * the preview names the conflict with who and when, a plain update is refused as a whole, and updating all but
     * the changed people leaves 김철수 as the co-planner left him.
     */
    @Test
    void anEditMadeAfterTheExportIsNeverOverwrittenAndThePreviewNamesWhoMadeIt() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("덮어쓰기 방지")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("김철수").withContacts("010-1111-2222", "old@x.kr"));
            participants.create(id, ParticipantDraft.named("이영희").withContacts("010-3333-4444", null));
            participants.create(id, ParticipantDraft.named("최상태").withContacts("010-7777-8888", null));
        });
        String exported = text(signedIn.as(owner, () -> csv.exportCsv(id, null)));
        edit(planner, id, "김철수", b -> b.email("new@x.kr"));
        // A status move changes the version too, but where the file agrees with the list there is nothing to undo.
        ParticipantRow moved = row(owner, id, "최상태");
        signedIn.run(planner, () -> participants.changeStatus(id, Map.of(moved.id(), moved.version()),
                AttendanceStatus.CONFIRMED));
        byte[] file = utf8(withCell(exported, "이영희", ParticipantField.NOTES, "새 메모"));

        CsvUpdateCheck check = signedIn.as(owner, () -> csv.updateCheck(id, file));
        assertThat(check.seenVersions()).hasSize(3);
        assertThat(check.unchecked()).isZero();
        assertThat(check.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("김철수");
            assertThat(c.changedBy()).isEqualTo("이기획");
            assertThat(c.changedAt()).isNotNull();
            assertThat(c.fields()).containsExactly(ParticipantField.EMAIL);
            assertThat(c.line()).isEqualTo(2);
        });

        assertThatThrownBy(() -> signedIn.run(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE,
                check.seenVersions()))).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("이기획");
                    assertThat(e.subjects()).containsExactly("김철수");
                });
        assertThat(row(owner, id, "김철수").email()).isEqualTo("new@x.kr");
        assertThat(row(owner, id, "이영희").notes()).as("nothing half-saved").isNull();

        assertThat(signedIn.as(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE_EXCEPT_CHANGED,
                check.seenVersions()))).isEqualTo(1);
        assertThat(row(owner, id, "김철수").email()).as("the co-planner's fix").isEqualTo("new@x.kr");
        assertThat(row(owner, id, "이영희").notes()).isEqualTo("새 메모");
        assertThat(row(owner, id, "최상태").status()).isEqualTo(AttendanceStatus.CONFIRMED);

        // A re-export carries the new versions: the same change now goes through.
        String again = text(signedIn.as(owner, () -> csv.exportCsv(id, null)));
        byte[] fresh = utf8(again.replace("new@x.kr", "fixed@x.kr"));
        assertThat(signedIn.as(owner, () -> csv.importCsv(id, fresh, ExistingRows.UPDATE,
                csv.existingInImport(id, fresh)))).isEqualTo(1);
        assertThat(row(owner, id, "김철수").email()).isEqualTo("fixed@x.kr");
    }

    /** A hand-made list has no change check: its updates go through as before, and the check says so. */
    @Test
    void aFileWithoutTheChangeCheckUpdatesAsBeforeAndIsCountedUnchecked() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("직접 만든 명단")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("김철수")
                .withContacts("010-1111-2222", "old@x.kr")));
        edit(planner, id, "김철수", b -> b.email("new@x.kr"));
        byte[] file = utf8("이름,전화번호,이메일,메모\n김철수,010-1111-2222,old@x.kr,손으로 적음\n"
                + "박신규,010-5555-6666,,\n");
        CsvUpdateCheck check = signedIn.as(owner, () -> csv.updateCheck(id, file));
        assertThat(check.conflicts()).isEmpty();
        assertThat(check.unchecked()).isEqualTo(1);
        assertThat(signedIn.as(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE, check.seenVersions())))
                .isEqualTo(2);
        assertThat(row(owner, id, "김철수")).extracting(ParticipantRow::email, ParticipantRow::notes)
                .containsExactly("old@x.kr", "손으로 적음");

        assertThat(signedIn.as(owner, () -> csv.previewImport(id, utf8("이름,변경 확인\n가,엉뚱한 값\n")))
                .problems()).extracting(CsvProblem::messageKey).containsExactly("people.csv.error.badChangeCheck");
    }

    /**
     * The preview saw no conflict; a co-planner changes 김철수 before "모두 저장": the import, re-checking in its
     * own transaction, refuses the whole file naming them, even with versions read after the change (the export's
     * check is made again at write time, not taken from the preview).
     */
    @Test
    void aChangeMadeAfterThePreviewIsCaughtAtImportAndNothingIsHalfSaved() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("미리 보기 뒤")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("김철수").withContacts("010-1111-2222", null));
            participants.create(id, ParticipantDraft.named("이영희").withContacts("010-3333-4444", null));
        });
        String exported = text(signedIn.as(owner, () -> csv.exportCsv(id, null)));
        byte[] file = utf8(exported.replace("김철수", "김철수(수정)").replace("이영희", "이영희(수정)"));
        CsvUpdateCheck preview = signedIn.as(owner, () -> csv.updateCheck(id, file));
        assertThat(preview.conflicts()).isEmpty();

        edit(planner, id, "김철수", b -> b.name("김철수(개명)"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE,
                preview.seenVersions()))).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("이기획");
                    assertThat(e.subjects()).containsExactly("김철수(개명)");
                });
        Map<Long, Long> now = signedIn.as(owner, () -> csv.existingInImport(id, file));
        assertThatThrownBy(() -> signedIn.run(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE, now)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.subjects()).containsExactly("김철수(개명)"));
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::name)
                .as("nothing half-saved").containsExactlyInAnyOrder("김철수(개명)", "이영희");
    }

    /**
     * A person erased after the export (their request) is not brought back by the old file: their line is refused at
     * preview and at import, nothing is saved; emptied of its change check (they applied again), it is added.
     */
    @Test
    void anOldExportDoesNotBringBackSomeoneErasedSince() {
        String owner = account("김소유");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("지운 사람")));
        for (String[] p : new String[][] {{"김철수", "010-1111-2222"}, {"이영희", "010-3333-4444"}}) {
            signedIn.run(owner, () -> participants.create(id, new ParticipantDraft(p[0], p[1], null,
                    ParticipantGroup.PARTICIPANT, AttendanceStatus.CONFIRMED, PhotoConsent.GRANTED, null, null,
                    null)));
        }
        String exported = text(signedIn.as(owner, () -> csv.exportCsv(id, null)));
        long erased = row(owner, id, "김철수").id();
        signedIn.run(owner, () -> participants.exportPerson(id, erased, null));
        signedIn.run(owner, () -> participants.erasePerson(id, erased));
        byte[] file = utf8(withCell(exported, "이영희", ParticipantField.NOTES, "새 메모"));

        CsvImportPreview preview = signedIn.as(owner, () -> csv.previewImport(id, file));
        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems()).extracting(CsvProblem::line, CsvProblem::messageKey)
                .containsExactly(tuple(2, "people.csv.error.erased"));
        Map<Long, Long> seen = signedIn.as(owner, () -> csv.existingInImport(id, file));
        assertThatThrownBy(() -> signedIn.run(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE, seen)))
                .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.problems())
                        .extracting(CsvProblem::messageKey).containsExactly("people.csv.error.erased"));
        // The erased row stays anonymised on the list (익명-…); the old file added nobody.
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::name)
                .as("nothing saved").hasSize(2).contains("이영희").doesNotContain("김철수");
        assertThat(row(owner, id, "이영희").notes()).isNull();

        // Applied again: the line without its change check is a new person.
        String[] header = exported.split("\r\n")[0].split(",");
        int check = header.length - 1;
        StringBuilder again = new StringBuilder();
        for (String line : exported.split("\r\n")) {
            if (line.startsWith("김철수,")) {
                String[] cells = line.split(",", -1);
                cells[check] = "";
                line = String.join(",", cells);
            }
            if (!line.isEmpty()) {
                again.append(line).append("\r\n");
            }
        }
        byte[] fresh = utf8(again.toString());
        assertThat(signedIn.as(owner, () -> csv.previewImport(id, fresh)).problems()).isEmpty();
        assertThat(signedIn.as(owner, () -> csv.importCsv(id, fresh))).isEqualTo(1);
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::name)
                .hasSize(3).contains("김철수", "이영희");
    }

    /**
     * A row of an exported file whose phone and e-mail both differ from the list still is its person when the
     * change check names them and the name is theirs: a co-planner's new contacts since the export are a conflict
     * (left alone, not added twice), the planner's own new contacts in the file update the person, and a row copied
     * to add someone (another name, the copied check) is a new person.
     */
    @Test
    void aRowWithBothContactsChangedIsStillItsPersonByTheChangeCheck() {
        String owner = account("김소유");
        String planner = account("이기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("연락처 둘 다")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> {
            participants.create(id, ParticipantDraft.named("김철수").withContacts("010-1111-2222", "kim@x.kr"));
            participants.create(id, ParticipantDraft.named("이영희").withContacts("010-3333-4444", "lee@x.kr"));
        });
        String exported = text(signedIn.as(owner, () -> csv.exportCsv(id, null)));
        edit(planner, id, "김철수", b -> b.phone("010-9999-0000").email("kim.new@x.kr"));
        String leeLine = java.util.Arrays.stream(exported.split("\r\n")).filter(l -> l.startsWith("이영희,"))
                .findFirst().orElseThrow();
        String copied = withCell(withCell(withCell(leeLine + "\r\n", "이영희", ParticipantField.PHONE,
                "010-5555-6666"), "이영희", ParticipantField.EMAIL, "park@x.kr"), "이영희", ParticipantField.NAME,
                "박신규");
        String edited = withCell(withCell(withCell(exported, "김철수", ParticipantField.NOTES, "파일 메모"),
                "이영희", ParticipantField.PHONE, "010-3333-0000"), "이영희", ParticipantField.EMAIL, "lee.new@x.kr");
        byte[] file = utf8(edited + copied);

        CsvUpdateCheck check = signedIn.as(owner, () -> csv.updateCheck(id, file));
        long kim = row(owner, id, "김철수").id();
        long lee = row(owner, id, "이영희").id();
        assertThat(check.seenVersions()).containsOnlyKeys(kim, lee);
        assertThat(check.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.participantId()).isEqualTo(kim);
            assertThat(c.changedBy()).isEqualTo("이기획");
            assertThat(c.fields()).contains(ParticipantField.PHONE, ParticipantField.EMAIL, ParticipantField.NOTES);
        });

        assertThat(signedIn.as(owner, () -> csv.importCsv(id, file, ExistingRows.UPDATE_EXCEPT_CHANGED,
                check.seenVersions()))).as("이영희 updated, 박신규 added").isEqualTo(2);
        assertThat(signedIn.as(owner, () -> participants.list(id))).extracting(ParticipantRow::name)
                .as("nobody twice").containsExactlyInAnyOrder("김철수", "이영희", "박신규");
        assertThat(row(owner, id, "김철수")).extracting(ParticipantRow::phone, ParticipantRow::email,
                ParticipantRow::notes).as("the co-planner's contacts stay").containsExactly("010-9999-0000",
                        "kim.new@x.kr", null);
        assertThat(row(owner, id, "이영희")).extracting(ParticipantRow::phone, ParticipantRow::email)
                .containsExactly("010-3333-0000", "lee.new@x.kr");
        assertThat(row(owner, id, "박신규")).extracting(ParticipantRow::phone, ParticipantRow::email)
                .containsExactly("010-5555-6666", "park@x.kr");
    }
}
