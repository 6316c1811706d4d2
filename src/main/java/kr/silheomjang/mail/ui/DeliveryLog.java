package kr.silheomjang.mail.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.mail.Delivery;
import kr.silheomjang.mail.DeliveryCounts;
import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.MailLive;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.shared.StoredText;

/**
 * The per-recipient delivery log of one batch of mails (queued, sent, failed with the reason), with a button to send
 * the failed ones again. A feature's page embeds it, feeds it through its own service (which checks access) and
 * listens to {@link #LIVE} so the log follows the sender as it works.
 *
 * <pre>{@code
 * log = new DeliveryLog((page, size) -> service.deliveries(id, mailingId, page, size),
 *         () -> service.deliveryCounts(id, mailingId), () -> run(() -> service.retryFailed(id, mailingId)));
 * }</pre>
 */
public class DeliveryLog extends VerticalLayout {

    /** The live kind a page names so this log follows the sender. */
    public static final LiveKind LIVE = MailLive.DELIVERY;

    /** One page of the log. */
    @FunctionalInterface
    public interface Pages {
        List<Delivery> fetch(int page, int pageSize);
    }

    final Grid<Delivery> grid = new Grid<>();
    final Span summary = new Span();
    final Button retry = new Button();
    private final Pages pages;
    private final Supplier<DeliveryCounts> counts;
    private boolean itemsSet;

    public DeliveryLog(Pages pages, Supplier<DeliveryCounts> counts, Runnable retryFailed) {
        this.pages = pages;
        this.counts = counts;
        addClassName("delivery-log");
        setPadding(false);
        // Its place's width, not its widest line's: on a phone its grid then scrolls sideways within the screen.
        setWidthFull();
        summary.addClassName("delivery-summary");
        summary.getElement().setAttribute("role", "status");
        retry.setText(getTranslation("mail.log.retry"));
        retry.addClassName("delivery-retry");
        retry.addClickListener(e -> retryFailed.run());
        HorizontalLayout bar = new HorizontalLayout(summary, retry);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        grid.addClassName("delivery-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.recipientName() == null ? "" : d.recipientName())
                .setHeader(getTranslation("mail.log.name")).setAutoWidth(true);
        // An erased recipient's "(삭제됨)" in the reader's language.
        grid.addColumn(d -> StoredText.show(d.recipient(), this::getTranslation)).setHeader(getTranslation("mail.log.address")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.status().messageKey())).setHeader(getTranslation("mail.log.status"))
                .setAutoWidth(true).setPartNameGenerator(d -> "status-" + d.status().name().toLowerCase());
        grid.addColumn(Delivery::attempts).setHeader(getTranslation("mail.log.attempts")).setAutoWidth(true);
        grid.addColumn(d -> d.sentAt() == null ? "" : Formats.dateTime(d.sentAt(), getLocale()))
                .setHeader(getTranslation("mail.log.sentAt")).setAutoWidth(true);
        grid.addColumn(this::reason).setHeader(getTranslation("mail.log.reason")).setFlexGrow(1);
        add(bar, grid);
    }

    /** Reads the log again (after a change, or when the sender reported progress). */
    public void refresh() {
        DeliveryCounts c = counts.get();
        summary.setText(getTranslation("mail.log.summary", c.total(), c.sent(), c.pending(),
                c.of(DeliveryStatus.FAILED), c.of(DeliveryStatus.OPTED_OUT)));
        summary.getElement().setAttribute("data-sent", String.valueOf(c.sent()));
        summary.getElement().setAttribute("data-failed", String.valueOf(c.of(DeliveryStatus.FAILED)));
        // Not for failures nobody can retry (an erased person's stopped mail): the button would do nothing.
        retry.setVisible(c.retryable() > 0);
        if (!itemsSet) {
            itemsSet = true;
            grid.setItems(q -> pages.fetch(q.getPage(), q.getPageSize()).stream(), q -> (int) counts.get().total());
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    /** Whether the retry button may show at all (e.g. not for partner guests). */
    public void setRetryAllowed(boolean allowed) {
        retry.setEnabled(allowed);
    }

    private String reason(Delivery d) {
        String r = d.lastError();
        if (r == null) {
            return "";
        }
        return r.startsWith("mail.") ? getTranslation(r) : r;
    }

    /** For tests: what the summary says. */
    public String summaryText() {
        return summary.getText();
    }
}
