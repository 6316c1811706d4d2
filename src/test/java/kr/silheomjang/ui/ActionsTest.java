package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.support.BrowserlessSupport;

/**
 * What the database refuses is told for what it is: a value too long or out of range, or a reference gone, is no
 * "someone else saved first"; a conflict the database reported without a name is the plain conflict notice, never a
 * sentence with "?" and an empty time.
 */
class ActionsTest extends BrowserlessSupport {

    static final String VALUE_REFUSED = "입력한 값이 너무 길거나 허용 범위를 벗어나 저장하지 못했습니다. 입력하신 내용은 그대로 있습니다. "
            + "글자 수를 줄이거나 값을 고친 뒤 다시 저장해 주세요.";
    static final String UNKNOWN_CONFLICT = "다른 사람이 같은 내용을 먼저 저장했습니다. 최신 내용을 불러왔으니 확인한 뒤 다시 저장해 주세요.";

    record Outcome(boolean done, List<String> after, String shown) {
    }

    BrowserlessUIContext window;
    Div where;

    Outcome run(Actions actions, RuntimeException thrown) {
        List<String> after = new ArrayList<>();
        boolean done = actions.afterConflict(() -> after.add("conflict")).afterRefusal(() -> after.add("refusal"))
                .run(() -> {
                    throw thrown;
                });
        return new Outcome(done, after, notificationTexts(window));
    }

    Actions on() {
        window = windowOf(newAccount("저장하는 사람"));
        where = new Div();
        in(window).getUI().add(where);
        return Actions.on(where);
    }

    static DataIntegrityViolationException integrity(String state, int code) {
        return new DataIntegrityViolationException("could not execute statement",
                new SQLException("refused", state, code));
    }

    @Test
    void aValueTooLongOrOutOfRangeIsARefusalNotAConflict() {
        for (RuntimeException thrown : List.of(integrity("22001", 22001), integrity("22007", 1292),
                integrity("23502", 23502), integrity("23000", 1048),
                // A flush at commit, not translated by Spring: the driver's exception further down the chain.
                new TransactionSystemException("commit failed", new RuntimeException("rollback",
                        new SQLException("Value too long for column", "22001", 22001))))) {
            Outcome o = run(on(), thrown);
            assertThat(o.done()).isFalse();
            assertThat(o.shown()).as(thrown.toString()).isEqualTo(VALUE_REFUSED);
            assertThat(o.after()).containsExactly("refusal");
        }
    }

    @Test
    void aForeignKeyIsAReferenceGoneAndAUniqueKeyStaysAConflict() {
        for (RuntimeException thrown : List.of(integrity("23506", 23506), integrity("23503", 23503),
                integrity("23000", 1452), integrity("23000", 1451))) {
            Outcome o = run(on(), thrown);
            assertThat(o.shown()).as(thrown.toString()).startsWith("이 변경이 가리키는 항목이 그사이 지워졌거나");
            assertThat(o.after()).containsExactly("refusal");
        }
        for (RuntimeException thrown : List.of(integrity("23505", 23505), integrity("23000", 1062))) {
            Outcome o = run(on(), thrown);
            assertThat(o.shown()).as(thrown.toString()).isEqualTo(UNKNOWN_CONFLICT);
            assertThat(o.after()).containsExactly("conflict");
        }
    }

    @Test
    void aConflictWithoutANameIsThePlainNoticeUnlessTheFormSaysWhoItself() {
        RuntimeException hibernates = new ObjectOptimisticLockingFailureException("card", 7L);
        List<String> told = new ArrayList<>();
        Outcome o = run(on().showConflictWith((who, when) -> told.add(who + "|" + when)), hibernates);
        assertThat(told).isEmpty();
        assertThat(o.shown()).isEqualTo(UNKNOWN_CONFLICT).doesNotContain("?");
        assertThat(o.after()).containsExactly("conflict");

        // A named one still reaches the form.
        run(on().showConflictWith((who, when) -> told.add(who)), new ConflictException("김기획", Instant.now()));
        assertThat(told).containsExactly("김기획");

        // A form that reads who saved last itself asks for unnamed ones too.
        told.clear();
        Outcome any = run(on().showAnyConflictWith((who, when) -> told.add(who + "|" + when)), hibernates);
        assertThat(told).containsExactly("?|");
        assertThat(any.shown()).isEmpty();
    }

    @Test
    void aPageShowingFailuresInPlaceGetsTheSameWords() {
        on();
        assertThat(Actions.explanation(where, integrity("22001", 22001))).contains(VALUE_REFUSED);
        assertThat(Actions.explanation(where, new IllegalStateException("bug"))).isEmpty();
        assertThat(window.find(Notification.class).all()).isEmpty();
    }
}
