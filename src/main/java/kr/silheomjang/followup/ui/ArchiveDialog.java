package kr.silheomjang.followup.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import kr.silheomjang.followup.ArchiveDateRange;
import kr.silheomjang.followup.ArchiveDraft;
import kr.silheomjang.followup.ArchiveItemView;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.ArchiveService;
import kr.silheomjang.followup.SubtitleStatus;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DeletedMeanwhile;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.Uploads;

/**
 * Adds or edits one archive item. Beside a photo it shows the 촬영 불가 list and asks the uploader to confirm nobody on
 * it appears. An open item is a {@link LiveForm}: what others save arrives in untouched fields; a field the user is
 * editing is marked and the save waits for the user's choice. Refusals are shown inside the dialog.
 */
class ArchiveDialog extends Dialog {

    /** The service's refusal of a date outside {@link #dates}, shown with those dates. */
    private static final String DATE_RANGE = "followup.archive.error.dateRange";
    private final ArchiveService archive;
    private final long experimentId;
    private final Runnable afterChange;
    private @Nullable ArchiveItemView existing;
    final LiveForm<ArchiveItemView> form;

    final Select<ArchiveKind> kind = new Select<>();
    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final TextField link = new TextField();
    final TextArea description = new TextArea();
    final TextField tags = new TextField();
    final TextArea alt = new TextArea();
    final Select<SubtitleStatus> subtitles = new Select<>();
    final Checkbox noFilming = new Checkbox();
    final Checkbox publicItem = new Checkbox();
    final Checkbox onResults = new Checkbox();
    final Div noFilmingBox = new Div();
    private final Div noFilmingNames = new Div();
    private List<String> noFilmingShown = List.of();
    final Paragraph noFilmingChanged = new Paragraph();
    final Div errors = new Div();
    /** The dates the picker offers (the service's range, widened to an edited item's stored date). */
    private @Nullable ArchiveDateRange dates;
    final Button save = new Button();
    final Span fileState = new Span();
    @Nullable Upload upload;
    volatile Uploads.@Nullable Received file;

    ArchiveDialog(ArchiveService archive, long experimentId, @Nullable ArchiveItemView existing,
            List<String> noFilmingNamesRead, Runnable afterChange, LiveForm.@Nullable Presence presence) {
        this.archive = archive;
        this.experimentId = experimentId;
        this.existing = existing;
        this.afterChange = afterChange;
        setId("archive-dialog");
        setWidth("min(44rem, 100vw)");
        setHeaderTitle(getTranslation(existing == null ? "followup.archive.new" : "followup.archive.edit"));

        kind.setLabel(getTranslation("followup.archive.field.kind"));
        kind.setId("archive-kind");
        kind.setItems(ArchiveKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        title.setLabel(getTranslation("followup.archive.field.title"));
        title.setId("archive-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        date.setLabel(getTranslation("followup.archive.field.date"));
        date.setId("archive-date");
        Formats.localize(date, getLocale());
        limitDate(existing == null ? null : existing.date());
        link.setLabel(getTranslation("followup.archive.field.link"));
        link.setId("archive-link");
        link.setMaxLength(1000);
        link.setHelperText(getTranslation("followup.archive.field.linkHelp"));
        description.setLabel(getTranslation("followup.archive.field.description"));
        description.setId("archive-description");
        description.setMaxLength(2000);
        tags.setLabel(getTranslation("followup.archive.field.tags"));
        tags.setId("archive-tags");
        tags.setHelperText(getTranslation("followup.archive.field.tagsHelp"));
        alt.setLabel(getTranslation("followup.archive.field.alt"));
        alt.setId("archive-alt");
        alt.setMaxLength(500);
        alt.setHelperText(getTranslation("followup.archive.field.altHelp"));
        subtitles.setLabel(getTranslation("followup.archive.field.subtitles"));
        subtitles.setId("archive-subtitles");
        subtitles.setItems(SubtitleStatus.values());
        subtitles.setItemLabelGenerator(s -> getTranslation(s == null ? "followup.archive.subtitle.unset"
                : s.messageKey()));
        subtitles.setEmptySelectionAllowed(true);
        subtitles.setEmptySelectionCaption(getTranslation("followup.archive.subtitle.unset"));
        noFilming.setLabel(getTranslation("followup.archive.field.noFilming"));
        noFilming.setId("archive-no-filming");
        publicItem.setLabel(getTranslation("followup.archive.field.public"));
        publicItem.setId("archive-public");
        onResults.setLabel(getTranslation("followup.archive.field.onResults"));
        onResults.setId("archive-on-results");
        errors.setId("archive-errors");
        errors.addClassName("survey-error");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);

        // The 촬영 불가 list beside the photo: who must not appear in it.
        noFilmingBox.setId("archive-no-filming-list");
        noFilmingBox.addClassName("archive-no-filming");
        noFilmingBox.add(new H3(getTranslation("followup.archive.noFilmingList")), noFilmingNames);
        showNoFilmingNames(noFilmingNamesRead);
        noFilmingChanged.setId("archive-no-filming-changed");
        noFilmingChanged.addClassName("survey-error");
        noFilmingChanged.getElement().setAttribute("role", "alert");
        noFilmingChanged.setText(getTranslation("followup.archive.noFilmingChanged"));
        noFilmingChanged.setVisible(false);
        noFilmingBox.add(noFilmingChanged);
        noFilming.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue())) {
                noFilmingChanged.setVisible(false);
            }
        });
        noFilmingBox.add(noFilming);

        FormLayout fields = new FormLayout(kind, date, title, link);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        fields.setColspan(title, 2);
        fields.setColspan(link, 2);
        add(errors, fields);
        if (existing == null) {
            upload = Uploads.single(ArchiveService.UPLOADS, "followup.archive.pick", "followup.archive.drop", f -> {
                file = f;
                fileState.setText(getTranslation("followup.archive.fileReady", f.fileName()));
            });
            upload.setId("archive-upload");
            Span label = new Span(getTranslation("followup.archive.field.file"));
            label.addClassName("survey-field-label");
            fileState.setId("archive-file-state");
            fileState.addClassName("help-text");
            add(label, upload, fileState);
        } else if (existing.hasFile()) {
            link.setVisible(false);
            add(new Paragraph(getTranslation("followup.archive.fileIs", existing.fileName())));
        }
        FormLayout more = new FormLayout(description, tags, alt, subtitles);
        more.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(more, noFilmingBox, publicItem, onResults);

        form = LiveForm.<ArchiveItemView>of(this)
                .bind("kind", kind, ArchiveItemView::kind, k -> getTranslation(k.messageKey()))
                .bind("title", title, ArchiveItemView::title)
                .bind("date", date, ArchiveItemView::date, d -> Formats.date(d, getLocale()))
                .bind("link", link, i -> i.link() == null ? "" : i.link())
                .bind("description", description, ArchiveItemView::description)
                .bind("tags", tags, i -> String.join(", ", i.tags()))
                .bind("alt", alt, i -> i.altText() == null ? "" : i.altText())
                .bind("subtitles", subtitles, ArchiveItemView::subtitles,
                        s -> getTranslation(s == null ? "followup.archive.subtitle.unset" : s.messageKey()))
                .bind("noFilming", noFilming, ArchiveItemView::noFilmingConfirmed)
                .bind("public", publicItem, ArchiveItemView::publicItem)
                .bind("onResults", onResults, ArchiveItemView::onResultsPage)
                .whenDecided(() -> errors.setVisible(false));
        if (presence != null) {
            form.presence(presence);
            add(form.others());
        }
        form.load(existing != null ? existing : blank());
        kind.addValueChangeListener(e -> showKindFields());
        publicItem.addValueChangeListener(e -> onResults.setEnabled(Boolean.TRUE.equals(e.getValue())));
        onResults.setEnabled(publicItem.getValue());
        showKindFields();

        Button cancel = new Button(getTranslation("followup.archive.cancel"), e -> close());
        cancel.setId("archive-cancel");
        save.setText(getTranslation("followup.archive.save"));
        save.setId("archive-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        // A file chosen and not saved is work too.
        BooleanSupplier typed = KeepTyped.typed(this, form);
        KeepTyped.guard(this, () -> typed.getAsBoolean() || file != null);
    }

    /**
     * The picker offers the dates the service takes (ArchiveService.dateRange), and an edited item's stored date, which
     * may stay; a date typed outside shows the same sentence the service would.
     */
    private void limitDate(@Nullable LocalDate stored) {
        ArchiveDateRange range = archive.dateRange(experimentId).including(stored);
        dates = range;
        date.setMin(range.earliest());
        date.setMax(range.latest());
        String outOfRange = dateRangeMessage();
        date.setI18n(date.getI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange)
                .setBadInputErrorMessage(getTranslation("followup.archive.error.dateBadInput")));
    }

    private void showNoFilmingNames(List<String> names) {
        noFilmingShown = List.copyOf(names);
        noFilmingNames.removeAll();
        if (names.isEmpty()) {
            noFilmingNames.add(new Paragraph(getTranslation("followup.archive.noFilmingNone")));
        } else {
            UnorderedList list = new UnorderedList();
            names.forEach(n -> list.add(new ListItem(n)));
            noFilmingNames.add(list);
        }
    }

    /**
     * The 촬영 불가 list as read now (someone was marked no filming, refused or withdrew consent, or was erased). When
     * it changed, a confirmation given against the old list no longer holds: it is cleared, and the user is told why.
     */
    void noFilmingListRead(List<String> names) {
        if (names.equals(noFilmingShown)) {
            return;
        }
        showNoFilmingNames(names);
        if (noFilming.getValue()) {
            noFilming.setValue(false);
            noFilmingChanged.setVisible(true);
        }
    }

    /** The names the 촬영 불가 list shows now (for tests). */
    List<String> noFilmingShown() {
        return noFilmingShown;
    }

    private static ArchiveItemView blank() {
        return new ArchiveItemView(0, 0, ArchiveKind.PHOTO, "", null, null, null, null,
                LocalDate.now(ZoneId.of("Asia/Seoul")), "", List.of(), null, null, false, null, false, false, "", "",
                java.time.Instant.EPOCH);
    }

    /** Alt text and the 촬영 불가 check belong to photos, the subtitle status to videos. */
    private void showKindFields() {
        ArchiveKind k = kind.getValue();
        alt.setVisible(k == ArchiveKind.PHOTO || k == null);
        noFilmingBox.setVisible(k == ArchiveKind.PHOTO);
        subtitles.setVisible(k == ArchiveKind.VIDEO);
    }

    ArchiveDraft draft() {
        List<String> tagList = Arrays.stream(tags.getValue().split("[,\\n]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        return new ArchiveDraft(kind.getValue(), title.getValue(), link.getValue(), date.getValue(),
                description.getValue(), tagList, alt.getValue(), subtitles.getValue(), noFilming.getValue(),
                publicItem.getValue(), onResults.getValue());
    }

    /** Someone changed this item: untouched fields follow, touched ones are marked. */
    void refresh() {
        if (existing == null || !isOpened()) {
            return;
        }
        long id = existing.id();
        // Deleted meanwhile (or hidden from this guest): the dialog stays with what was typed, to be copied.
        DeletedMeanwhile.reread(this, errors, () -> archive.get(experimentId, id), save)
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> {
                    existing = latest;
                    form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                });
    }

    long itemId() {
        return existing == null ? 0 : existing.id();
    }

    void save() {
        errors.setVisible(false);
        if (existing != null && form.refusesSave(this::showRefusal)) {
            return;
        }
        Uploads.Received f = file;
        boolean saved = Actions.on(this).onInvalid(this::showInvalid).showAnyConflictWith(this::showConflict).run(() -> {
            if (existing == null) {
                archive.add(experimentId, draft(), f == null ? null : f.fileName(), f == null ? null : f.bytes());
            } else {
                archive.save(experimentId, existing.id(), form.latest().version(), draft());
            }
        });
        if (saved) {
            Messages.showSuccess(getTranslation("followup.archive.saved"));
            close();
            afterChange.run();
        }
    }

    /** Names the first and last dates the picker offers (a rule such as "5년 전 1월 1일" left users counting). */
    private String dateRangeMessage() {
        return dates == null ? "" : getTranslation(DATE_RANGE, Formats.date(dates.earliest(), getLocale()),
                Formats.date(dates.latest(), getLocale()));
    }

    private void showInvalid(List<String> keys) {
        errors.removeAll();
        keys.forEach(k -> errors.add(new Paragraph(DATE_RANGE.equals(k) ? dateRangeMessage() : getTranslation(k))));
        errors.setVisible(true);
    }

    /**
     * Keeps what the user typed and shows the newer values; who saved first is the latest version's author when the
     * database did not say ("?"). A new item has no one else's version: the plain conflict message, the form stays.
     */
    private void showConflict(String who, String when) {
        if (existing == null) {
            showMessage(getTranslation("conflict.unknown"));
            return;
        }
        String[] shown = {who, when};
        Actions.on(this).afterRefusal(() -> save.setEnabled(false)).call(() -> archive.get(experimentId,
                existing.id())).ifPresent(latest -> {
                    existing = latest;
                    form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                    String[] named = Actions.whoAndWhen(this, who, when, latest.updatedByName(), latest.updatedAt());
                    shown[0] = named[0];
                    shown[1] = named[1];
                });
        afterChange.run();
        if ("?".equals(shown[0])) {
            showMessage(getTranslation("conflict.unknown"));
        } else {
            showRefusal(shown[0], shown[1]);
        }
    }

    private void showMessage(String text) {
        errors.removeAll();
        errors.add(new Paragraph(text));
        errors.setVisible(true);
    }

    private void showRefusal(String who, String when) {
        errors.removeAll();
        errors.add(new Paragraph(form.conflictText("followup.archive.conflict", who, when)));
        errors.setVisible(true);
    }
}
