package kr.silheomjang.people.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.people.StatusCounts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;

/**
 * Run-day check-in at the door, made for a phone: one big tap per person marks 참석, a walk-in is added in a small
 * dialog, and every co-planner's list and counters follow live. Owners and planners check people in (the service
 * enforces it); partner guests only watch.
 *
 * <p>Counters: <b>expected</b> = everyone not marked 불참 (walk-ins included, since they came), <b>arrived</b> = 참석.
 * Someone marked 불참 still appears in the list (people do turn up after cancelling) and can be checked in.
 */
@Route("experiments/:experimentId/checkin")
@PermitAll
@StyleSheet("css/people.css")
public class CheckInView extends ExperimentPage {

    private final ExperimentService experiments;
    private final ParticipantService service;

    final Span arrived = new Span();
    final Span expected = new Span();
    private final Span pending = new Span();
    final Div counters = new Div();
    final TextField search = new TextField();
    final Checkbox pendingOnly = new Checkbox();
    final Button addWalkIn = new Button();
    final Span readOnlyNote = new Span();
    final Div list = new Div();
    final Span empty = new Span();
    /** One card per participant id, reused across refreshes so the page does not jump. */
    final Map<Long, Button> cards = new LinkedHashMap<>();
    private final Map<Long, ParticipantRow> rows = new HashMap<>();

    private boolean editor;

    public CheckInView(ExperimentPageSupport support, ExperimentService experiments, ParticipantService service) {
        // EXPERIMENT: the owner's guest scope decides which details (needs) a partner guest's cards may show.
        super(support, "people.checkin.nav", "checkin", PeopleLive.PARTICIPANTS, WorkspaceLive.MEMBERS,
                WorkspaceLive.EXPERIMENT);
        this.experiments = experiments;
        this.service = service;
        addClassNames("people-view", "checkin-view");
        setPadding(true);

        arrived.setId("checkin-arrived");
        expected.setId("checkin-expected");
        counters.setId("checkin-counters");
        counters.addClassName("checkin-counters");

        search.setId("checkin-search");
        search.setPlaceholder(getTranslation("people.checkin.search"));
        // A placeholder is no name (it is gone once something is typed).
        search.setAriaLabel(getTranslation("people.checkin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(200);
        search.addValueChangeListener(e -> render());
        search.addClassName("checkin-search");
        pendingOnly.setId("checkin-pending-only");
        pendingOnly.setLabel(getTranslation("people.checkin.pendingOnly"));
        pendingOnly.addValueChangeListener(e -> render());
        addWalkIn.setId("checkin-walkin");
        addWalkIn.setText(getTranslation("people.checkin.walkIn"));
        addWalkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addWalkIn.addClickListener(e -> new WalkInDialog(service, experimentId(), this::refresh).open());
        readOnlyNote.setId("checkin-readonly");
        readOnlyNote.addClassName("checkin-readonly");
        readOnlyNote.setText(getTranslation("people.checkin.readOnly"));
        HorizontalLayout tools = new HorizontalLayout(pendingOnly, addWalkIn, readOnlyNote);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWrap(true);
        tools.setWidthFull();
        tools.addClassName("checkin-tools");

        list.setId("checkin-list");
        list.addClassName("checkin-list");
        empty.setId("checkin-empty");
        empty.addClassName("checkin-empty");
        add(counters, search, tools, empty, list);
    }

    /**
     * On a phone the shell (title, stage, wrapped tab rows) fills half the screen, so reception would start with the
     * list halfway down. Once per visit the page scrolls the counters to the top; the shell is one swipe up.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                if (window.matchMedia('(max-width: 600px)').matches) {
                  requestAnimationFrame(() => $0.scrollIntoView({ block: 'start' }));
                }""", counters.getElement());
    }

    @Override
    protected void load(long experimentId) {
        editor = service.canEdit(experimentId);
        addWalkIn.setVisible(editor);
        readOnlyNote.setVisible(!editor);
        refresh();
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        load(experimentId());
    }

    /** Re-reads people and counters through the service; search text, filter and scroll stay as they are. */
    void refresh() {
        rows.clear();
        for (ParticipantRow r : service.list(experimentId())) {
            // Applicants not (or no longer) coming are not at the door.
            if (!r.anonymised() && r.status().onTheDayList()) {
                rows.put(r.id(), r);
            }
        }
        StatusCounts c = service.countsByStatus(experimentId());
        // Expected: everyone not marked 불참 (arrived people and walk-ins included), without applicants who are not
        // coming (신청, 대기, 미선정, 취소). Arrived: 참석.
        long exp = java.util.Arrays.stream(AttendanceStatus.values()).filter(AttendanceStatus::expectedOnTheDay)
                .mapToLong(c::of).sum();
        long arr = c.of(AttendanceStatus.ATTENDED);
        if (counters.getComponentCount() == 0) {
            Span label = new Span(getTranslation("people.checkin.counters"));
            label.addClassName("checkin-counter-label");
            pending.addClassName("checkin-pending");
            arrived.addClassName("checkin-arrived");
            expected.addClassName("checkin-expected");
            counters.add(label, arrived, new Span("/"), expected, pending);
        }
        // Only the texts change: a live update sends the new numbers, not the counters again.
        arrived.setText(String.valueOf(arr));
        expected.setText(String.valueOf(exp));
        pending.setText(getTranslation("people.checkin.pendingCount", Math.max(0, exp - arr)));
        render();
    }

    /** Shows the cards that match search and filter, in name order, reusing existing cards. */
    void render() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        String digits = q.replaceAll("[^0-9]", "");
        List<ParticipantRow> shown = new ArrayList<>();
        rows.values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()) != 0 ? a.name().compareTo(b.name())
                        : Long.compare(a.id(), b.id()))
                .filter(r -> !pendingOnly.getValue() || r.status() != AttendanceStatus.ATTENDED)
                .filter(r -> q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q)
                        || (!digits.isEmpty() && r.phone() != null
                                && r.phone().replaceAll("[^0-9]", "").contains(digits)))
                .forEach(shown::add);
        cards.keySet().retainAll(rows.keySet());
        List<Button> wanted = new ArrayList<>();
        for (ParticipantRow r : shown) {
            Button card = cards.computeIfAbsent(r.id(), k -> newCard(k));
            fill(card, r);
            wanted.add(card);
        }
        List<com.vaadin.flow.component.Component> current = list.getChildren().toList();
        if (!current.equals(wanted)) {
            list.removeAll();
            wanted.forEach(list::add);
        }
        if (rows.isEmpty()) {
            empty.setText(getTranslation("people.checkin.empty"));
            empty.setVisible(true);
        } else if (shown.isEmpty()) {
            empty.setText(getTranslation("people.checkin.noMatch"));
            empty.setVisible(true);
        } else {
            empty.setVisible(false);
        }
    }

    private Button newCard(long id) {
        Button card = new Button();
        card.setId("checkin-" + id);
        card.addClassName("checkin-card");
        card.addClickListener(e -> tap(id));
        return card;
    }

    private void fill(Button card, ParticipantRow r) {
        card.getElement().removeAllChildren();
        boolean in = r.status() == AttendanceStatus.ATTENDED;
        card.setClassName("arrived", in);
        card.setEnabled(editor);
        Span mark = new Span(in ? "✓" : "");
        mark.addClassName("checkin-mark");
        mark.getElement().setAttribute("aria-hidden", "true"); // the state's word says it
        Span name = new Span(r.name());
        name.addClassName("checkin-name");
        Span group = new Span(getTranslation(r.group().messageKey()));
        group.addClassName("checkin-group");
        Div who = new Div(name, group);
        who.addClassName("checkin-who");
        if (r.walkIn()) {
            Span w = new Span(getTranslation("people.checkin.walkInBadge"));
            w.addClassName("checkin-walkin-badge");
            who.add(w);
        }
        if (r.photoConsent() != PhotoConsent.GRANTED) {
            Span photo = new Span(getTranslation("people.photo.REFUSED"));
            photo.addClassNames("photo-badge", "photo-refused", "checkin-photo");
            who.add(photo);
        }
        // What reception must know at the door (e.g. 휠체어): shown on the card, read with the name.
        String needs = r.accessibilityNeeds() == null ? "" : r.accessibilityNeeds().strip();
        if (!needs.isEmpty()) {
            Span access = new Span(getTranslation("people.checkin.needs", needs));
            access.addClassName("checkin-needs");
            who.add(access);
        }
        Span state = new Span(in ? getTranslation("people.status.ATTENDED")
                : r.status() == AttendanceStatus.ABSENT ? getTranslation("people.status.ABSENT")
                        : getTranslation("people.checkin.tapToArrive"));
        state.addClassName("checkin-state");
        state.setClassName("absent", r.status() == AttendanceStatus.ABSENT);
        // No aria-label: the card is named by its content, so a screen reader reads every badge (group, walk-in, no
        // filming, needs) and the name matches the visible text (WCAG 2.5.3).
        card.getElement().appendChild(mark.getElement(), who.getElement(), state.getElement());
    }

    /** A tap: not yet here → 참석 (with an undo); already here → asks before taking 참석 back. */
    void tap(long id) {
        ParticipantRow r = rows.get(id);
        if (r == null || !editor) {
            return;
        }
        if (r.status() == AttendanceStatus.ATTENDED) {
            confirmUndo(r);
            return;
        }
        AttendanceStatus before = r.status();
        if (PeopleActions.run(this, () -> service.markAttendance(experimentId(), id, true), this::refresh)) {
            refresh();
            showUndo(r.name(), id, before);
        }
    }

    private void showUndo(String name, long id, AttendanceStatus before) {
        Notification n = new Notification();
        n.setId("checkin-undo-notification");
        n.setDuration(6000);
        n.setPosition(Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Button undo = new Button(getTranslation("people.checkin.undo"), e -> {
            n.close();
            undo(id, before);
        });
        undo.setId("checkin-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout body = new HorizontalLayout(new Span(getTranslation("people.checkin.marked", name)), undo);
        body.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(body);
        n.open();
    }

    private void confirmUndo(ParticipantRow r) {
        Dialog d = new Dialog();
        d.setId("checkin-undo-dialog");
        d.setHeaderTitle(getTranslation("people.checkin.undoTitle", r.name()));
        d.add(new Span(getTranslation("people.checkin.undoText")));
        Button yes = new Button(getTranslation("people.checkin.undo"), e -> {
            d.close();
            undo(r.id(), stepBefore(r));
        });
        yes.setId("checkin-undo-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("people.cancel"), e -> d.close());
        no.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        d.getFooter().add(no, yes);
        d.open();
    }

    /** Takes 참석 back to the step the person had before (the latest step reached before 참석). */
    void undo(long id, AttendanceStatus back) {
        PeopleActions.run(this, () -> {
            ParticipantRow now = service.rows(experimentId(), Set.of(id)).stream().findFirst()
                    .orElseThrow(() -> new UserFacingException("people.error.notFound"));
            if (now.status() == AttendanceStatus.ATTENDED) {
                service.changeStatus(experimentId(), Map.of(id, now.version()), back);
            }
        }, () -> { });
        refresh();
    }

    /** The row a card shows now. */
    ParticipantRow cardsRow(long id) {
        return rows.get(id);
    }

    static AttendanceStatus stepBefore(ParticipantRow r) {
        AttendanceStatus back = AttendanceStatus.INVITED;
        for (AttendanceStatus s : List.of(AttendanceStatus.INVITED, AttendanceStatus.CONFIRMED,
                AttendanceStatus.INFORMED, AttendanceStatus.RECONFIRMED)) {
            if (r.dateOf(s) != null) {
                back = s;
            }
        }
        return back;
    }
}
