package kr.silheomjang.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.shared.KoreanParticles;
import kr.silheomjang.ui.Languages;

/**
 * All UI text comes from {@code messages_ko/_en} plus one bundle per feature under {@code i18n/} (e.g.
 * {@code i18n/planning_ko.properties}), so features add their words without touching each other's files. Korean first.
 */
@Component
class TranslationProvider implements I18NProvider {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    /**
     * Each key's pattern per language, as first found: the bundles never change while the app runs, and finding a key
     * meant asking up to a dozen bundles for it. Every open board looks up its columns' and changed cards' words on
     * every change, so with many open views this was a tenth of the live fan-out's CPU (issue #21). Only keys found are
     * kept, so a caller asking for made-up keys cannot grow it.
     */
    private final Map<Locale, Map<String, String>> patterns = new ConcurrentHashMap<>();
    /**
     * Texts with arguments as last formatted: every open board formats the same few ("카드 3장", a co-planner's move
     * for the screen reader) on every change, and parsing a pattern with a number in it costs more than the rest of
     * the lookup. Bounded by emptying it when full; the bundles never change, so a kept text is never stale.
     */
    private final Map<Formatted, String> formatted = new ConcurrentHashMap<>();
    private static final int MAX_FORMATTED = 4096;

    private record Formatted(Locale locale, String key, List<Object> params) {
    }

    TranslationProvider() {
        List<String> names = new ArrayList<>();
        names.add("messages");
        names.addAll(featureBundles());
        this.baseNames = List.copyOf(names);
    }

    private static TreeSet<String> featureBundles() {
        TreeSet<String> found = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_ko.properties")) {
                String file = r.getFilename();
                if (file != null) {
                    found.add("i18n/" + file.substring(0, file.length() - "_ko.properties".length()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = Languages.supportedOrDefault(locale);
        String pattern = patterns.computeIfAbsent(target, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> find(k, target));
        if (pattern == null) {
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        Formatted asked = new Formatted(target, key, Arrays.asList(params.clone()));
        String text = formatted.get(asked);
        if (text == null) {
            text = new MessageFormat(pattern, target).format(params);
            if (target.getLanguage().equals("ko")) {
                // "{0}을(를)" once the word is known: "기획으로", not "기획(으)로".
                text = KoreanParticles.resolve(text);
            }
            if (formatted.size() >= MAX_FORMATTED) {
                formatted.clear();
            }
            formatted.put(asked, text);
        }
        return text;
    }

    /** The key's pattern in the first bundle that has it; null when none does. */
    private @Nullable String find(String key, Locale target) {
        for (String baseName : baseNames) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(baseName, target, NO_FALLBACK);
            } catch (MissingResourceException noBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }
}
