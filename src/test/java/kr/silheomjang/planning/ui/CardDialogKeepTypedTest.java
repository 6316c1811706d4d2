package kr.silheomjang.planning.ui;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** The card dialog asks before Esc throws away an edit or a comment not yet sent (ui.KeepTyped). */
class CardDialogKeepTypedTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;

    @Test
    void escapeAsksOnlyAboutWhatWasTypedAndNotSaved() {
        String a = newAccount("김기획");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("보드 실험장")));
        BrowserlessUIContext window = windowOf(a);
        BoardView view = window.navigate(BoardView.class, Map.of("experimentId", String.valueOf(id)));
        long card = view.board.columns().stream().flatMap(c -> c.cards().stream())
                .filter(c -> c.title().equals("홍보")).map(CardSummary::id).findFirst().orElseThrow();
        in(window);
        view.openCard(card);
        escapeClosesAtOnce(window, opened(window, CardDialog.class));

        view.openCard(card);
        CardDialog dialog = opened(window, CardDialog.class);
        in(window).test(dialog.description).setValue("포스터는 역 출구마다");
        escapeAsksBeforeDiscarding(window, dialog, dialog.description, "포스터는 역 출구마다");

        view.openCard(card);
        CardDialog commenting = opened(window, CardDialog.class);
        in(window).test(commenting.newComment).setValue("인쇄소에 물어볼게요");
        escapeAsksBeforeDiscarding(window, commenting, commenting.newComment, "인쇄소에 물어볼게요");
    }
}
