package kr.silheomjang.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.ui.ExperimentOverviewView;
import kr.silheomjang.mail.Delivery;
import kr.silheomjang.mail.DeliveryCounts;
import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.ui.DeliveryLog;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.ui.account.AdministratorsView;

/**
 * After an account was deleted its "(삭제됨)" shows where the team's records name it: the feed's invitation entry (the
 * invitee's address erased), an event it attended ("changed by", the removal), an outbox row to its address. An
 * English reader reads "(erased)" there (the key {@code stored.erased}, through {@code StoredText}); a Korean reader
 * still reads "(삭제됨)". The member list and the administrators' list leave the account out altogether.
 */
class ErasedAccountEnglishViewsTest extends BrowserlessSupport {

    private static final String ENGLISH_MARK = "(erased)";

    @Autowired
    ExperimentService experiments;
    @Autowired
    ScheduleService schedule;

    /** The activity feed's sentences (its grid, by id: the view keeps it package-private). */
    private static List<String> feed(BrowserlessUIContext window) {
        Grid<?> activity = window.find(Grid.class).withId("activity-feed").single();
        return IntStream.range(0, window.test(activity).size())
                .mapToObj(i -> window.test(activity).getCellText(i, 1)).toList();
    }

    @Test
    void aDeletedAccountReadsAsErasedInTheEnglishUiAndAsBeforeInTheKoreanUi() {
        String owner = newAccount("김기획");
        String planner = newAccount("지울 기획자");
        long plannerId = accounts.findByEmail(planner).orElseThrow().id();
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("삭제된 계정 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        LocalDate day = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        long eventId = signedIn.as(owner, () -> schedule.create(id, new EventDraft("장소 답사", EventType.MEETING, day,
                LocalTime.of(14, 0), day, LocalTime.of(15, 0), null, Set.of(plannerId), null)));

        signedIn.run(planner, () -> accounts.deleteOwnAccount(PASSWORD, null));

        BrowserlessUIContext english = windowOf(owner);
        english.getUI().setLocale(Locale.ENGLISH);
        ExperimentOverviewView overview = english.navigate(ExperimentOverviewView.class,
                Map.of("experimentId", String.valueOf(id)));
        List<String> feed = feed(english);
        assertThat(feed).anyMatch(line -> line.contains(ENGLISH_MARK) && line.contains("invited"));
        assertThat(String.join("\n", feed)).doesNotContain(PersonalDataHolder.ERASED);
        assertThat(overview.getElement().getTextRecursively()).doesNotContain(PersonalDataHolder.ERASED)
                .doesNotContain(ENGLISH_MARK).doesNotContain("지울 기획자");

        // The event the person attended was changed by their removal: its dialog says by whom, in English.
        follow(english, "experiments/" + id + "/schedule?event=" + eventId, ScheduleView.class);
        String dialog = opened(english, EventDialog.class).getElement().getTextRecursively();
        assertThat(dialog).contains(ENGLISH_MARK).doesNotContain(PersonalDataHolder.ERASED);

        // An outbox row to the deleted address, as the delivery log shows it.
        DeliveryLog log = new DeliveryLog((page, size) -> page > 0 ? List.of() : List.of(new Delivery(1,
                PersonalDataHolder.ERASED, null, DeliveryStatus.FAILED, 0, null, Instant.now(), null)),
                () -> new DeliveryCounts(Map.of(DeliveryStatus.FAILED, 1L)), () -> { });
        english.getUI().add(log);
        log.refresh();
        assertThat(english.test(gridIn(log)).getCellText(0, 1)).isEqualTo(ENGLISH_MARK);

        // Korean readers read the stored marker as it is.
        BrowserlessUIContext korean = windowOf(owner);
        korean.navigate(ExperimentOverviewView.class,
                Map.of("experimentId", String.valueOf(id)));
        assertThat(feed(korean)).anyMatch(line -> line.contains(PersonalDataHolder.ERASED + "님을"));
        follow(korean, "experiments/" + id + "/schedule?event=" + eventId, ScheduleView.class);
        assertThat(opened(korean, EventDialog.class).getElement().getTextRecursively())
                .contains(PersonalDataHolder.ERASED);
    }

    @Test
    void theAdministratorsListLeavesADeletedAccountOut() {
        String gone = newAccount("지울 사람");
        long goneId = accounts.findByEmail(gone).orElseThrow().id();
        signedIn.run("owner@demo.kr", () -> administrators().deleteAccount(goneId));
        BrowserlessUIContext english = windowOf("owner@demo.kr");
        english.getUI().setLocale(Locale.ENGLISH);
        AdministratorsView view = english.navigate(AdministratorsView.class);
        Grid<?> grid = gridIn(view);
        List<String> names = IntStream.range(0, english.test(grid).size())
                .mapToObj(i -> english.test(grid).getCellText(i, 0)).toList();
        assertThat(names).isNotEmpty().doesNotContain(PersonalDataHolder.ERASED, ENGLISH_MARK, "지울 사람");
    }

    /** The first grid inside a component (the views keep theirs package-private). */
    private static Grid<?> gridIn(Component c) {
        if (c instanceof Grid<?> g) {
            return g;
        }
        return c.getChildren().map(ErasedAccountEnglishViewsTest::gridOrNull).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow();
    }

    private static Grid<?> gridOrNull(Component c) {
        try {
            return gridIn(c);
        } catch (java.util.NoSuchElementException e) {
            return null;
        }
    }

    private kr.silheomjang.security.AdministratorService administrators() {
        return spring.getBean(kr.silheomjang.security.AdministratorService.class);
    }

    private static final String PASSWORD = "password-123";
}
