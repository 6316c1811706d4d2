package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Point 3: the archive's rules (alt text, subtitles, 촬영 불가 confirmation, uploads) and who sees what. */
@SpringBootTest
@ActiveProfiles("test")
class ArchiveServiceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Autowired
    ArchiveService archive;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String owner;
    String planner;
    String guest;
    long id;

    void team() {
        owner = account("소유자");
        planner = account("기획자");
        guest = account("협력기관");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("아카이브 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
    }

    String account(String name) {
        String email = "a" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    static ArchiveDraft photo(String alt, boolean confirmed, boolean isPublic) {
        return new ArchiveDraft(ArchiveKind.PHOTO, "현장 사진", null, DAY, "설명", List.of("현장", " #수업 ", "현장"), alt,
                null, confirmed, isPublic, false);
    }

    static ArchiveDraft video(SubtitleStatus subtitles, boolean isPublic) {
        return new ArchiveDraft(ArchiveKind.VIDEO, "현장 영상", "https://video.example.kr/1", DAY, "", List.of("영상"),
                null, subtitles, false, isPublic, isPublic);
    }

    static List<String> refusal(Runnable r) {
        try {
            r.run();
        } catch (UserFacingException e) {
            return e.messageKeys();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPhotoNeedsAltTextAndTheNoFilmingConfirmationAVideoASubtitleStatusBeforeItIsPublic() {
        team();
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, photo("", true, true), "a.png", PNG))))
                .containsExactly("followup.archive.error.altRequired");
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, photo("칠판 앞의 시민들", false, false),
                "a.png", PNG)))).containsExactly("followup.archive.error.noFilming");
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, video(null, true), null, null))))
                .containsExactly("followup.archive.error.subtitleRequired");
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).items()).isEmpty();

        // A private photo without alt text is fine; making it public then asks for the alt text.
        long photoId = signedIn.as(planner, () -> archive.add(id, photo("", true, false), "a.png", PNG));
        ArchiveItemView saved = signedIn.as(planner, () -> archive.get(id, photoId));
        assertThat(saved.tags()).containsExactly("현장", "수업");
        assertThat(saved.confirmedByName()).isEqualTo("기획자");
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.save(id, photoId, saved.version(),
                saved.toDraft().withPublic(true))))).containsExactly("followup.archive.error.altRequired");
        ArchiveDraft withAlt = new ArchiveDraft(ArchiveKind.PHOTO, "현장 사진", null, DAY, "", List.of(), "칠판 앞의 시민들",
                null, true, true, true);
        ArchiveItemView published = signedIn.as(planner, () -> archive.save(id, photoId, saved.version(), withAlt));
        assertThat(published.publicItem()).isTrue();
        assertThat(published.accessible()).isTrue();

        // A video with subtitles 준비 중 may be public, but is not yet accessible.
        long videoId = signedIn.as(planner, () -> archive.add(id, video(SubtitleStatus.PREPARING, true), null, null));
        assertThat(signedIn.as(planner, () -> archive.get(id, videoId)).accessible()).isFalse();

        // A stale save names who saved first and writes nothing.
        assertThatThrownBy(() -> signedIn.run(owner, () -> archive.save(id, photoId, saved.version(), withAlt)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("기획자"));
    }

    static ArchiveDraft linkOn(LocalDate date) {
        return new ArchiveDraft(ArchiveKind.ARTICLE, "기사 " + date, "https://news.example.kr/" + date, date, "",
                List.of(), null, null, false, false, false);
    }

    /**
     * An archive date must be plausible: from 1 January five years before the experiment began (its creation, or an
     * earlier planning start) to a year from today. 1900-01-01, 9999-12-31 or a date long before the experiment are
     * refused in Korean and nothing is saved; an edit may keep a date already stored. A link longer than its column
     * is refused too (not a database error).
     */
    @Test
    void anArchiveDateOutsideTheExperimentsYearsOrAbsurdlyAheadIsRefused() {
        team();
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        ArchiveDateRange range = signedIn.as(guest, () -> archive.dateRange(id));
        assertThat(range.earliest()).isEqualTo(LocalDate.of(today.getYear() - 5, 1, 1));
        assertThat(range.latest()).isEqualTo(today.plusYears(1));
        for (LocalDate bad : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(today.getYear() - 11, 6, 1), range.earliest().minusDays(1), range.latest().plusDays(1))) {
            assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, linkOn(bad), null, null))))
                    .as("%s", bad).containsExactly("followup.archive.error.dateRange");
        }
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).items()).isEmpty();
        long first = signedIn.as(planner, () -> archive.add(id, linkOn(range.earliest()), null, null));
        signedIn.run(planner, () -> archive.add(id, linkOn(range.latest()), null, null));
        ArchiveItemView item = signedIn.as(planner, () -> archive.get(id, first));
        ArchiveDraft moved = new ArchiveDraft(item.kind(), item.title(), item.link(), LocalDate.of(1900, 1, 1), "",
                List.of(), null, null, false, false, false);
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.save(id, first, item.version(), moved))))
                .containsExactly("followup.archive.error.dateRange");
        assertThat(signedIn.as(planner, () -> archive.get(id, first)).date()).isEqualTo(range.earliest());

        ArchiveDraft longLink = new ArchiveDraft(ArchiveKind.ARTICLE, "긴 링크", "https://news.example.kr/"
                + "a".repeat(1000), today, "", List.of(), null, null, false, false, false);
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, longLink, null, null))))
                .containsExactly("followup.archive.error.linkLong");
        assertThat(signedIn.as(planner, () -> archive.list(id, ArchiveFilter.ALL)).items()).hasSize(2);
    }

    @Test
    void theNoFilmingListIsShownToEditorsOnly() {
        team();
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("김거절")));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("이동의")
                .withPhotoConsent(PhotoConsent.GRANTED)));
        assertThat(signedIn.as(planner, () -> archive.noFilmingNames(id))).containsExactly("김거절");
        assertThatThrownBy(() -> signedIn.run(guest, () -> archive.noFilmingNames(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** QA: the demo's list named 양미선, an applicant not selected (미선정) who never came and is in no footage. */
    @Test
    void theNoFilmingListNamesOnlyWhoCouldBeInTheFootage() {
        team();
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("가참석")
                .withStatus(AttendanceStatus.ATTENDED)));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("나확정")
                .withStatus(AttendanceStatus.CONFIRMED)));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("다불참")
                .withStatus(AttendanceStatus.ABSENT)));
        for (AttendanceStatus never : List.of(AttendanceStatus.APPLIED, AttendanceStatus.WAITLISTED,
                AttendanceStatus.DECLINED, AttendanceStatus.CANCELLED)) {
            signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("안옴" + never.ordinal())
                    .withStatus(never)));
        }
        assertThat(signedIn.as(planner, () -> archive.noFilmingNames(id))).containsExactly("가참석", "나확정", "다불참");
    }

    @Test
    void guestsSeeOnlyPublicItemsAndNeverWrite() {
        team();
        long draftId = signedIn.as(planner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.PRESS, "보도자료 초안",
                "https://press.example.kr/1", DAY, "검토 중", List.of("보도"), null, null, false, false, false), null,
                null));
        long publicId = signedIn.as(planner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.BLOG, "현장 스케치",
                "https://blog.example.kr/1", DAY, "스탭의 글", List.of("후기"), null, null, false, true, false), null,
                null));
        assertThat(signedIn.as(guest, () -> archive.list(id, ArchiveFilter.ALL)).items())
                .extracting(ArchiveItemView::id).containsExactly(publicId);
        assertThat(signedIn.as(guest, () -> archive.list(id, ArchiveFilter.ALL)).tags()).containsExactly("후기");
        assertThat(refusal(() -> signedIn.run(guest, () -> archive.get(id, draftId))))
                .containsExactly("followup.archive.error.notFound");
        assertThatThrownBy(() -> signedIn.run(guest, () -> archive.add(id, video(SubtitleStatus.HAS, false), null,
                null))).isInstanceOf(AccessDeniedException.class);
        String outsider = account("외부인");
        assertThatThrownBy(() -> signedIn.run(outsider, () -> archive.list(id, ArchiveFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);

        // Filter by kind and tag, search in title and description.
        assertThat(signedIn.as(planner, () -> archive.list(id, new ArchiveFilter(ArchiveKind.PRESS, null, null)))
                .items()).extracting(ArchiveItemView::id).containsExactly(draftId);
        assertThat(signedIn.as(planner, () -> archive.list(id, new ArchiveFilter(null, "후기", null))).items())
                .extracting(ArchiveItemView::id).containsExactly(publicId);
        assertThat(signedIn.as(planner, () -> archive.list(id, new ArchiveFilter(null, null, "스탭의"))).items())
                .extracting(ArchiveItemView::id).containsExactly(publicId);
    }

    @Test
    void uploadsAreCheckedByTypeContentAndSize() {
        team();
        ArchiveDraft doc = new ArchiveDraft(ArchiveKind.PRESS, "보도자료", null, DAY, "", List.of(), null, null, false,
                false, false);
        // A renamed program is refused by its content; an unknown type by its name; too large by its size.
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, doc, "보도자료.pdf",
                "MZ not a pdf".getBytes(StandardCharsets.UTF_8))))).containsExactly("followup.archive.error.fileType");
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, doc, "setup.exe", PNG))))
                .containsExactly("followup.archive.error.fileType");
        byte[] huge = new byte[(int) ArchiveService.MAX_FILE_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, doc, "big.png", huge))))
                .containsExactly("followup.archive.error.fileSize");
        // A photo item takes an image only.
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, photo("설명", true, false), "a.pdf", pdf))))
                .containsExactly("followup.archive.error.photoFile");
        long ok = signedIn.as(planner, () -> archive.add(id, doc, "보도자료.pdf", pdf));
        ArchiveFile f = signedIn.as(owner, () -> archive.file(id, ok));
        assertThat(f.type()).isEqualTo("application/pdf");
        assertThat(f.name()).isEqualTo("보도자료.pdf");
        assertThat(signedIn.as(owner, () -> archive.list(id, ArchiveFilter.ALL)).items()).hasSize(1);
    }

    @Test
    void aClosedExperimentsArchiveIsReadOnly() {
        team();
        long item = signedIn.as(planner, () -> archive.add(id, video(SubtitleStatus.HAS, true), null, null));
        signedIn.run(owner, () -> experiments.close(id, experiments.get(id).version()));
        assertThat(refusal(() -> signedIn.run(planner, () -> archive.add(id, video(SubtitleStatus.HAS, true), null,
                null)))).containsExactly("error.experiment.closed");
        long version = signedIn.as(owner, () -> archive.get(id, item)).version();
        assertThat(refusal(() -> signedIn.run(owner, () -> archive.remove(id, item, version))))
                .containsExactly("error.experiment.closed");
        assertThat(signedIn.as(guest, () -> archive.list(id, ArchiveFilter.ALL)).items()).hasSize(1);
    }
}
