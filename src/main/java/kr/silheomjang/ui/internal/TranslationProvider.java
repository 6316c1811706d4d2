package kr.silheomjang.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

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
        for (String baseName : baseNames) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(baseName, target, NO_FALLBACK);
            } catch (MissingResourceException noBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params == null || params.length == 0 ? pattern
                        : new MessageFormat(pattern, target).format(params);
            }
        }
        return "!" + key;
    }
}
