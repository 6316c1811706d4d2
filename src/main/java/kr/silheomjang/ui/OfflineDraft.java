package kr.silheomjang.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Nothing typed into a public form is lost (issue 17; decision note 0029). Put it into the page next to the form; it is
 * the Korean "연결이 끊겼습니다…" notice (shown only while the phone is offline) and it
 * <ul>
 * <li>keeps the values of the fields marked with {@link #keep(HasElement, String)} in the browser's storage as they are
 * typed, and restores them when the page is opened again (a reload, a closed tab) until they were sent;</li>
 * <li>carries one random {@link #submissionKey() submission key} per form load, stored with the draft, so a retry or a
 * restored draft is stored once: the service keeps the key with the answer under a unique constraint.</li>
 * </ul>
 * Sending while offline needs nothing of ours: Vaadin's client queues the click and repeats its request until the
 * connection is back; the key makes that repeat harmless. Call {@link #sent()} once the answer is stored. Never keep a
 * password or another secret with it: browser storage is readable by anyone holding the phone.
 */
public class OfflineDraft extends Div {

    /** Drafts older than this are dropped when the page opens (the answer was given elsewhere or abandoned). */
    static final int MAX_AGE_DAYS = 7;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Runs in the browser with {@code this} = the notice, $0 = the form, $1 = storage key, $2 = the form's shape,
     * $3 = a fresh submission key, $4 = the longest age in days. Values are the fields' own {@code value} properties
     * (text, or the item keys of a choice); a restored value is set on the field and announced with input and change
     * events (Vaadin syncs a field on one of them, by its value change mode), so it reaches the server as if typed.
     */
    static final String SCRIPT = """
            const notice = this, form = $0, id = $1, shape = $2;
            let draft = null;
            try { draft = JSON.parse(localStorage.getItem(id) || 'null'); } catch (e) { draft = null; }
            const fields = () => [...form.querySelectorAll('[data-draft]')];
            const empty = v => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
            let restored = false;
            if (draft && draft.shape === shape && draft.key && Date.now() - (draft.at || 0) < $4 * 86400000) {
              for (const f of fields()) {
                const v = draft.values ? draft.values[f.dataset.draft] : undefined;
                if (!empty(v)) {
                  f.value = v;
                  f.dispatchEvent(new Event('input', {bubbles: true}));
                  f.dispatchEvent(new Event('change', {bubbles: true}));
                  restored = true;
                }
              }
            } else {
              draft = {shape: shape, key: $3, values: {}};
            }
            const save = () => setTimeout(() => {
              draft.values = {};
              for (const f of fields()) { if (!empty(f.value)) draft.values[f.dataset.draft] = f.value; }
              draft.at = Date.now();
              try { localStorage.setItem(id, JSON.stringify(draft)); } catch (e) { /* storage full or off */ }
            });
            ['input', 'change', 'click'].forEach(t => form.addEventListener(t, save));
            const show = () => { notice.hidden = navigator.onLine; };
            window.addEventListener('online', show);
            window.addEventListener('offline', show);
            show();
            notice.$server.opened(draft.key, restored);
            """;

    private final Component form;
    private final String storageKey;
    private final String shape;
    private final Paragraph restoredNote = new Paragraph();
    private String submissionKey = newKey();
    private boolean restored;

    /**
     * @param form the component holding the fields
     * @param formId names this form among all public forms (e.g. "survey:" + its token); only its hash is stored
     * @param shape changes when the questions change, so an old draft is never poured into a different form
     */
    public OfflineDraft(Component form, String formId, String shape) {
        this.form = form;
        this.storageKey = "silheomjang.draft." + sha256(formId).substring(0, 24);
        this.shape = sha256(shape).substring(0, 16);
        addClassName("offline-notice");
        setId("offline-notice");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("hidden", true);
        add(new Paragraph(getTranslation("public.offline.notice")));
        restoredNote.setText(getTranslation("public.offline.restored"));
        restoredNote.addClassName("offline-restored");
        restoredNote.setId("offline-restored");
        restoredNote.getElement().setAttribute("role", "status");
        restoredNote.setVisible(false);
    }

    /** Marks a field whose value is kept; {@code name} must be stable across loads of the same form. */
    public static void keep(HasElement field, String name) {
        field.getElement().setAttribute("data-draft", name);
    }

    /** The line that says answers were restored; place it where the person reads first (above the form). */
    public Component restoredNote() {
        return restoredNote;
    }

    /** The key to store with the answer: the restored draft's when there was one, else this load's. */
    public String submissionKey() {
        return submissionKey;
    }

    public boolean restored() {
        return restored;
    }

    /** The answer is stored: forget the draft in the browser (a new load starts empty with a new key). */
    public void sent() {
        // Through the page, not this element: the view usually removes the form (and this) in the same round trip,
        // and Vaadin drops calls of elements that are gone.
        getUI().ifPresent(ui -> ui.getPage().executeJs("try { localStorage.removeItem($0); } catch (e) { }",
                storageKey));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs(SCRIPT, form.getElement(), storageKey, shape, submissionKey, MAX_AGE_DAYS);
    }

    /** The browser tells which key its draft carries (a restored one, or the one it was given). */
    @ClientCallable
    void opened(String key, boolean restoredValues) {
        if (key != null && key.matches("[A-Za-z0-9_-]{16,64}")) {
            submissionKey = key;
        }
        restored = restoredValues;
        restoredNote.setVisible(restoredValues);
    }

    static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
