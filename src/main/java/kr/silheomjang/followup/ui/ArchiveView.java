package kr.silheomjang.followup.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.followup.ArchiveFile;
import kr.silheomjang.followup.ArchiveFilter;
import kr.silheomjang.followup.ArchiveItemView;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.ArchiveList;
import kr.silheomjang.followup.ArchiveService;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.shared.StoredText;

/**
 * 후속 콘텐츠 · 아카이빙: the archive's items (links and files) with kind, tag and word filters, live for the team.
 * Editors add and edit in {@link ArchiveDialog}; partner guests see the public items only (the service decides).
 */
@Route("experiments/:experimentId/followup/archive")
@PermitAll
@StyleSheet("css/followup.css")
public class ArchiveView extends ExperimentPage {

    private final ArchiveService archive;
    private final Div navSlot = new Div();
    final Select<ArchiveKind> kindFilter = new Select<>();
    final Select<String> tagFilter = new Select<>();
    final TextField search = new TextField();
    final Button add = new Button();
    final Paragraph count = new Paragraph();
    final Div list = new Div();
    ArchiveList shown;
    ArchiveDialog dialog;

    public ArchiveView(ExperimentPageSupport support, ArchiveService archive) {
        // PARTICIPANTS: an open dialog's 촬영 불가 list follows who may not be filmed.
        super(support, "followup.tab", "followup-archive", FollowupLive.ARCHIVE, PeopleLive.PARTICIPANTS);
        this.archive = archive;
        addClassName("followup-page");
        kindFilter.setLabel(getTranslation("followup.archive.filter.kind"));
        kindFilter.setId("archive-filter-kind");
        kindFilter.setItems(ArchiveKind.values());
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("followup.archive.filter.allKinds")
                : getTranslation(k.messageKey()));
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("followup.archive.filter.allKinds"));
        kindFilter.addValueChangeListener(e -> reread(() -> load(experimentId())));
        tagFilter.setLabel(getTranslation("followup.archive.filter.tag"));
        tagFilter.setId("archive-filter-tag");
        tagFilter.setItemLabelGenerator(t -> t == null ? getTranslation("followup.archive.filter.allTags") : "#" + t);
        tagFilter.setEmptySelectionAllowed(true);
        tagFilter.setEmptySelectionCaption(getTranslation("followup.archive.filter.allTags"));
        tagFilter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reread(() -> load(experimentId()));
            }
        });
        search.setLabel(getTranslation("followup.archive.filter.search"));
        search.setId("archive-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.addValueChangeListener(e -> reread(() -> load(experimentId())));
        add.setText(getTranslation("followup.archive.add"));
        add.setId("archive-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        HorizontalLayout filters = new HorizontalLayout(kindFilter, tagFilter, search, add);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        count.setId("archive-count");
        count.getElement().setAttribute("aria-live", "polite");
        list.setId("archive-list");
        list.addClassName("archive-list");
        Paragraph intro = new Paragraph(getTranslation("followup.archive.intro"));
        intro.addClassName("help-text");
        add(navSlot, new H2(getTranslation("followup.archive.heading")), intro, filters, count, list);
    }

    @Override
    protected Class<?> sectionView() {
        return FollowupView.class;
    }

    /** A link to one item (a search result): {@code archive?item=9} shows it in the list, focused. */
    @Override
    protected void readRoute(com.vaadin.flow.router.BeforeEnterEvent event) {
        kr.silheomjang.ui.DeepLink.requested(event, "item")
                .ifPresent(id -> kr.silheomjang.ui.DeepLink.showItemWhenShown(this, ".archive-item", id));
    }

    @Override
    protected void load(long experimentId) {
        shown = archive.list(experimentId, new ArchiveFilter(kindFilter.getValue(), tagFilter.getValue(),
                search.getValue()));
        navSlot.removeAll();
        navSlot.add(FollowupNav.of(this, experimentId, ArchiveView.class, shown.canEdit()));
        add.setVisible(shown.canEdit());
        String tag = tagFilter.getValue();
        tagFilter.setItems(shown.tags());
        if (tag != null && shown.tags().contains(tag)) {
            tagFilter.setValue(tag);
        }
        count.setText(getTranslation("followup.archive.count", shown.items().size(), shown.total()));
        list.removeAll();
        if (shown.items().isEmpty()) {
            list.add(new Paragraph(getTranslation(shown.total() == 0 ? "followup.archive.empty"
                    : "followup.archive.noMatch")));
        }
        shown.items().forEach(i -> list.add(card(i)));
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        if (LiveUpdate.any(updates, FollowupLive.ARCHIVE)) {
            load(experimentId());
            if (dialog != null) {
                dialog.refresh();
            }
        }
        if (dialog != null && LiveUpdate.any(updates, PeopleLive.PARTICIPANTS)) {
            dialog.noFilmingListRead(archive.noFilmingNames(experimentId()));
        }
    }

    private void open(ArchiveItemView item) {
        List<String> names = archive.noFilmingNames(experimentId());
        dialog = new ArchiveDialog(archive, experimentId(), item, names, () -> reread(() -> load(experimentId())),
                item == null ? null : formPresence("archive:" + item.id()));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog = null;
            }
        });
        dialog.open();
    }

    private Div card(ArchiveItemView i) {
        Div card = new Div();
        card.addClassNames("card", "archive-item");
        card.getElement().setAttribute("data-item", String.valueOf(i.id()));
        Span kind = new Span(getTranslation(i.kind().messageKey()));
        kind.addClassName("retro-badge");
        H3 title = new H3(i.title());
        title.addClassName("archive-item-title");
        Span meta = new Span(Formats.date(i.date(), getLocale()) + " · " + StoredText.show(i.createdByName(), this::getTranslation));
        meta.addClassName("retro-item-meta");
        card.add(kind, title, meta);
        long id = i.id();
        long eid = experimentId();
        if (i.isImage()) {
            Image img = new Image(DownloadHandler.fromInputStream(e -> response(archive.file(eid, id))),
                    i.altText() == null ? getTranslation("followup.archive.noAlt") : i.altText());
            img.addClassName("archive-thumb");
            card.add(img);
        }
        if (i.hasFile()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> response(archive.file(eid, id))),
                    getTranslation("followup.archive.download", i.fileName()));
            download.getElement().setAttribute("download", true);
            card.add(new Div(download));
        } else if (i.link() != null) {
            Anchor open = new Anchor(i.link(), i.link());
            open.setTarget("_blank");
            open.getElement().setAttribute("rel", "noopener noreferrer");
            open.addClassName("archive-link");
            card.add(new Div(open));
        }
        if (!i.description().isEmpty()) {
            Paragraph d = new Paragraph(i.description());
            d.addClassName("archive-description");
            card.add(d);
        }
        Div badges = new Div();
        badges.addClassName("archive-badges");
        i.tags().forEach(t -> badges.add(badge("#" + t, "archive-tag")));
        if (i.kind() == ArchiveKind.PHOTO) {
            badges.add(badge(getTranslation(i.altText() == null ? "followup.archive.altMissing"
                    : "followup.archive.altPresent"), i.altText() == null ? "archive-warn" : "archive-ok"));
        }
        if (i.kind() == ArchiveKind.VIDEO) {
            badges.add(badge(i.subtitles() == null ? getTranslation("followup.archive.subtitle.unset")
                    : getTranslation(i.subtitles().messageKey()), i.accessible() ? "archive-ok" : "archive-warn"));
        }
        badges.add(badge(getTranslation(i.publicItem() ? "followup.archive.isPublic" : "followup.archive.isPrivate"),
                i.publicItem() ? "archive-public" : "archive-private"));
        if (i.onResultsPage()) {
            badges.add(badge(getTranslation("followup.archive.isOnResults"), "archive-public"));
        }
        card.add(badges);
        if (i.altText() != null) {
            Paragraph altLine = new Paragraph(getTranslation("followup.archive.altIs", i.altText()));
            altLine.addClassName("retro-item-meta");
            card.add(altLine);
        }
        if (shown.canEdit()) {
            Button edit = new Button(getTranslation("followup.archive.editButton"), e -> open(archive.get(eid, id)));
            edit.addClassName("archive-edit");
            edit.setAriaLabel(getTranslation("followup.archive.editOf", i.title()));
            Button toggle = new Button(getTranslation(i.publicItem() ? "followup.archive.makePrivate"
                    : "followup.archive.makePublic"),
                    e -> run(() -> {
                        if (i.publicItem()) {
                            archive.withdraw(eid, id, i.version());
                        } else {
                            archive.save(eid, id, i.version(), i.toDraft().withPublic(true));
                        }
                    }));
            toggle.addClassName("archive-toggle-public");
            toggle.setAriaLabel(getTranslation(i.publicItem() ? "followup.archive.makePrivate"
                    : "followup.archive.makePublic") + ": " + i.title());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> DestructiveQuestion.ask(this,
                    "followup.archive.removeQuestion", "archive-remove-keep",
                    () -> run(() -> archive.remove(eid, id, i.version())), i.title()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("followup.archive.removeOf", i.title()));
            HorizontalLayout actions = new HorizontalLayout(edit, toggle, remove);
            actions.setWrap(true);
            card.add(actions);
        }
        return card;
    }

    private static Span badge(String text, String cls) {
        Span s = new Span(text);
        s.addClassNames("retro-badge", cls);
        return s;
    }

    private static DownloadResponse response(ArchiveFile f) {
        if (f == null) {
            return DownloadResponse.error(404);
        }
        return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.name(), f.type(), f.bytes().length);
    }

    /** For tests: the list as text. */
    String listText() {
        return list.getElement().getTextRecursively();
    }
}
