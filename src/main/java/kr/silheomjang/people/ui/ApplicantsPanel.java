package kr.silheomjang.people.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.people.ApplicantRow;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.RecruitmentService;
import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.ui.Formats;

/**
 * The applicants, first come first (lazy): select one or many, then 선정 / 대기 / 미선정 / 취소; duplicates and waitlist
 * offers are marked; each person's link can be copied for SMS. Rows re-render in place when someone answers.
 */
class ApplicantsPanel extends VerticalLayout {

    private final RecruitmentService service;
    private final long experimentId;
    final Grid<ApplicantRow> grid = new Grid<>();
    final Map<AttendanceStatus, Button> actions = new LinkedHashMap<>();
    private final GridLazyDataView<ApplicantRow> dataView;

    ApplicantsPanel(RecruitmentService service, long experimentId) {
        this.service = service;
        this.experimentId = experimentId;
        setPadding(false);
        addClassName("recruit-applicants");
        H3 heading = new H3(getTranslation("recruit.applicants"));
        heading.setId("recruit-applicants-heading");
        Div bar = new Div();
        bar.addClassName("recruit-actions");
        Span hint = new Span(getTranslation("recruit.select.hint"));
        hint.addClassName("recruit-hint");
        bar.add(hint);
        for (AttendanceStatus step : List.of(AttendanceStatus.SELECTED, AttendanceStatus.WAITLISTED,
                AttendanceStatus.DECLINED, AttendanceStatus.CANCELLED)) {
            Button b = new Button(getTranslation("recruit.select." + step.name()), e -> move(step));
            b.setId("recruit-" + step.name().toLowerCase());
            if (step == AttendanceStatus.SELECTED) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.put(step, b);
            bar.add(b);
        }
        grid.setId("recruit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ComponentTexts.localize(grid);
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("recruit.col.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> String.join(" · ", nonNull(r.phone(), r.email())))
                .setHeader(getTranslation("recruit.col.contact")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.appliedAt(), getLocale()))
                .setHeader(getTranslation("recruit.col.appliedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("recruit.col.status")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("recruit.photo." + r.photoConsent().name()))
                .setHeader(getTranslation("recruit.col.photo")).setAutoWidth(true);
        grid.addColumn(r -> r.answers().stream().map(a -> a.question() + " " + a.answer())
                .collect(Collectors.joining(" / "))).setHeader(getTranslation("recruit.col.answers"))
                // A fixed basis: long answers (full text in the tooltip) must not push the link column out of view.
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(r -> r.answers().stream()
                        .map(a -> a.question() + "\n" + a.answer()).collect(Collectors.joining("\n\n")));
        // Frozen to the end: at 1366 px the link (the planners' way to reach people without SMTP) stays in view.
        grid.addComponentColumn(this::linkCell).setHeader(getTranslation("recruit.col.link")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("recruit.applicants.empty"));
        dataView = grid.setItems(q -> service.applicants(experimentId, q.getPage(), q.getPageSize()).stream(),
                q -> service.applicantCount(experimentId));
        add(heading, bar, grid);
    }

    private Div nameCell(ApplicantRow r) {
        Div cell = new Div(new Span(r.name()));
        cell.addClassName("recruit-name");
        if (r.duplicate()) {
            Span dup = new Span(getTranslation("recruit.duplicate"));
            dup.addClassName("recruit-duplicate");
            dup.setTitle(getTranslation("recruit.duplicate.title"));
            cell.add(dup);
        }
        return cell;
    }

    private Div statusCell(ApplicantRow r) {
        Span badge = new Span(getTranslation(r.status().messageKey()));
        badge.addClassNames("status-badge", "status-" + r.status().name().toLowerCase());
        Div cell = new Div(badge);
        cell.getElement().setAttribute("data-status", r.status().name());
        if (r.offeredAt() != null && r.status() == AttendanceStatus.SELECTED) {
            Span offered = new Span(getTranslation("recruit.offered"));
            offered.addClassName("recruit-offered");
            cell.add(offered);
        }
        return cell;
    }

    private Button linkCell(ApplicantRow r) {
        Button copy = new Button(getTranslation("recruit.copyLink"), e -> copyLink(r));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        copy.getElement().setAttribute("aria-label", getTranslation("recruit.copyLink") + " " + r.name());
        copy.addClassName("recruit-copy");
        return copy;
    }

    private void copyLink(ApplicantRow r) {
        String link = PeopleActions.call(this, () -> service.personalLink(experimentId, r.participantId()), () -> { });
        if (link == null) {
            return;
        }
        UI.getCurrent().getPage().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", link);
        // Also shown, for a browser that refuses the clipboard (plain http): the planner can select it.
        Notification n = new Notification(getTranslation("recruit.copyLink.done") + "\n" + link, 8000,
                Notification.Position.BOTTOM_START);
        n.setId("recruit-link-copied");
        n.open();
    }

    private void move(AttendanceStatus step) {
        Set<ApplicantRow> chosen = grid.getSelectedItems();
        Map<Long, Long> versions = chosen.stream()
                .collect(Collectors.toMap(ApplicantRow::participantId, ApplicantRow::version));
        if (PeopleActions.run(this, () -> service.select(experimentId, versions, step), this::refreshAll)) {
            Notification.show(getTranslation("recruit.select.done", versions.size(),
                    getTranslation(step.messageKey())), 3000, Notification.Position.BOTTOM_START);
            grid.deselectAll();
        }
    }

    void refreshAll() {
        grid.deselectAll();
        dataView.refreshAll();
    }

    /** Live: rows named by the update re-render in place; a new applicant (no ids) refreshes the list. */
    void onLive(Set<LiveUpdate> updates) {
        if (!LiveUpdate.any(updates, PeopleLive.PARTICIPANTS)) {
            return;
        }
        boolean all = updates.stream().anyMatch(u -> u.is(PeopleLive.PARTICIPANTS) && u.ids().isEmpty());
        if (all) {
            dataView.refreshAll();
            return;
        }
        Set<Long> ids = updates.stream().filter(u -> u.is(PeopleLive.PARTICIPANTS)).flatMap(u -> u.ids().stream())
                .collect(Collectors.toSet());
        List<ApplicantRow> fresh = service.applicantRows(experimentId, ids);
        // Selected rows carry the new version for the next change, or leave the selection if their status moved.
        SelectionFollows.follow(this, grid, fresh, ApplicantRow::status, ApplicantRow::name, false);
        fresh.forEach(dataView::refreshItem);
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
