package kr.silheomjang.followup.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.followup.ArchiveDraft;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.ArchiveService;
import kr.silheomjang.followup.ResultsPageDraft;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.followup.SubtitleStatus;
import kr.silheomjang.security.RunAs;

/**
 * The demo case's archive (a photo with alt text, a video whose subtitles are 준비 중, a blog sketch, a press release not
 * yet public) and a results page in draft, so both screens show something at once. Runs just before the demo
 * transaction commits: the results page is built from the participants, surveys and verdicts the other features seed
 * in the same transaction.
 */
@Component
class ArchiveSeeder {

    private final RunAs runAs;
    private final ArchiveService archive;
    private final ResultsPageService results;

    ArchiveSeeder(RunAs runAs, ArchiveService archive, ResultsPageService results) {
        this.runAs = runAs;
        this.archive = archive;
        this.results = results;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        runAs.user(e.plannerUserId(), () -> {
            archive.add(id, new ArchiveDraft(ArchiveKind.PHOTO, "서울역 대합실의 야학 수업", null, today.minusDays(3),
                    "수업이 한창일 때의 모습. 촬영 동의한 분들만 나오도록 찍었습니다.", List.of("현장", "수업"),
                    "서울역 대합실 한쪽, 칠판 앞에 선 선생님과 둘러앉아 듣는 시민 여섯 명", null, true, true, true),
                    "yahak.png", demoPhoto());
            archive.add(id, new ArchiveDraft(ArchiveKind.VIDEO, "현장 스케치 영상 (3분)",
                    "https://www.youtube.com/watch?v=demo-yahak", today.minusDays(1), "수업 준비부터 마무리까지.",
                    List.of("영상", "현장"), null, SubtitleStatus.PREPARING, false, true, true), null, null);
            archive.add(id, new ArchiveDraft(ArchiveKind.BLOG, "현장 스케치 — 서울역에 야학이 열린 날",
                    "https://blog.example.kr/seoul-station-yahak", today.minusDays(2),
                    "스탭이 쓴 현장 스케치 글", List.of("현장", "후기"), null, null, false, true, true), null, null);
            archive.add(id, new ArchiveDraft(ArchiveKind.PRESS, "보도자료: 서울역 일일야학 결과",
                    "https://press.example.kr/yahak-result", today, "배포 전 검토 중", List.of("보도"), null, null,
                    false, false, false), null, null);
            results.enable(id);
            long version = results.settings(id).version();
            results.save(id, version, new ResultsPageDraft("오픈채팅방 「서울역 야학 이야기」 (https://open.kakao.com/o/demo)",
                    "다음 숙의 모임: 행사 4주 뒤 토요일 오후 2시, 시민청", "https://democracy.seoul.go.kr"));
            return null;
        });
    }

    /** A small picture drawn here, so the demo ships no image file. */
    static byte[] demoPhoto() {
        BufferedImage img = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE8, 0xEE, 0xF7));
        g.fillRect(0, 0, 480, 300);
        g.setColor(new Color(0x2F, 0x4F, 0x3F));
        g.fillRect(150, 30, 180, 100);
        g.setColor(new Color(0x3B, 0x5B, 0xDB));
        for (int i = 0; i < 6; i++) {
            g.fillOval(60 + i * 65, 200, 40, 40);
            g.fillRoundRect(55 + i * 65, 240, 50, 50, 12, 12);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("A B C", 205, 88);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
