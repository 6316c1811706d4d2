package kr.silheomjang.budget.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.silheomjang.Application;
import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.ExpenseDraft;
import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.ExpenseService;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.PaymentMethod;
import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.security.RunAs;

/**
 * The demo case's budget: a plan over every heading (the partner centre pays the venue and the printing, shared with
 * its guest), a cap the plan slightly exceeds (so the warning shows), and four expenses with receipts — two approved
 * (the printing over plan), one waiting for the owner, one returned with a reason. Runs before the demo transaction
 * commits, after the people module made the partner organisation.
 */
@Component
class BudgetSeeder {

    private final RunAs runAs;
    private final BudgetService budget;
    private final ExpenseService expenses;

    BudgetSeeder(RunAs runAs, BudgetService budget, ExpenseService expenses) {
        this.runAs = runAs;
        this.budget = budget;
        this.expenses = expenses;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DemoWorkspaceCreated e) {
        long id = e.nightSchoolId();
        LocalDate today = LocalDate.now(Application.ZONE);
        Long partner = runAs.user(e.ownerUserId(), () -> budget.plan(id).funders().stream()
                .map(Funder::partnerId).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        long[] line = new long[8];
        runAs.user(e.plannerUserId(), () -> {
            line[0] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.VENUE, "대합실 공간 · 칠판 대여", 300_000L,
                    "협력기관이 부담", partner));
            line[1] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "참여자 다과 · 음료", 250_000L,
                    "20명 기준, 채식 · 견과류 알레르기 확인", null));
            line[2] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.FILMING, "현장 스케치 영상 촬영", 800_000L,
                    "3분 영상 1편, 자막 포함", null));
            line[3] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.PROMOTION, "SNS 홍보물 제작", 150_000L, "",
                    null));
            line[4] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.STAFF_FEES, "사회자 · 퍼실리테이터 사례비",
                    600_000L, "2인 × 300,000원", null));
            line[5] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.PARTICIPANT_FEES, "발표자(선생님) 사례비",
                    300_000L, "", null));
            line[6] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.DESIGN_PRINT, "교재 · 이름표 인쇄", 120_000L,
                    "협력기관이 부담", partner));
            line[7] = budget.addLine(id, new BudgetLineDraft(BudgetCategory.OTHER, "비상 약품 · 소모품", 50_000L, "",
                    null));
            budget.setCap(id, -1, 2_500_000L);
            expenses.add(id, new ExpenseDraft(today.minusDays(6), "서울역 떡집", 180_000L,
                    PaymentMethod.CORPORATE_CARD, line[1]),
                    staged("떡집 영수증.png", receiptImage("서울역 떡집", "180,000")));
            expenses.add(id, new ExpenseDraft(today.minusDays(5), "을지로 인쇄소", 135_000L,
                    PaymentMethod.BANK_TRANSFER, line[6]), staged("인쇄 견적서.pdf", receiptPdf("135000")));
            expenses.add(id, new ExpenseDraft(today.minusDays(2), "윤촬영", 400_000L, PaymentMethod.BANK_TRANSFER,
                    line[2]), staged("촬영 계약금.pdf", receiptPdf("400000")));
            expenses.add(id, new ExpenseDraft(today.minusDays(3), "디자인 스튜디오 온", 150_000L,
                    PaymentMethod.CORPORATE_CARD, line[3]),
                    staged("홍보물.png", receiptImage("디자인 스튜디오 온", "150,000")));
            return null;
        });
        runAs.user(e.ownerUserId(), () -> {
            List<ExpenseRow> rows = expenses.list(id);
            for (ExpenseRow r : rows) {
                switch (r.payee()) {
                    case "서울역 떡집", "을지로 인쇄소" -> expenses.approve(id, r.id(), r.version());
                    case "디자인 스튜디오 온" -> expenses.returnExpense(id, r.id(), r.version(),
                            "세금계산서를 함께 올려 주세요.");
                    default -> {
                    }
                }
            }
            if (partner != null) {
                budget.share(id, partner, true);
            }
            return null;
        });
    }

    /** A demo receipt through the same streaming check as an upload. */
    static kr.silheomjang.shared.upload.StagedFile staged(String name, byte[] bytes) {
        try {
            return ExpenseService.RECEIPTS.stage(new java.io.ByteArrayInputStream(bytes), name, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small receipt drawn here, so the demo ships no image file. */
    static byte[] receiptImage(String payee, String amount) {
        BufferedImage img = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 320);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("RECEIPT", 70, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(payee, 20, 90);
        for (int y = 120; y < 240; y += 20) {
            g.drawLine(20, y, 220, y);
        }
        g.drawString("TOTAL " + amount, 20, 280);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** A one-page PDF saying the amount (ASCII only: no font needed). */
    static byte[] receiptPdf(String amount) {
        String text = "BT /F1 18 Tf 40 100 Td (Receipt total KRW " + amount + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
