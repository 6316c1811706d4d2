package kr.silheomjang.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.ui.Languages;

/** All UI text comes from messages_ko / messages_en. Korean first. */
@Component
class TranslationProvider implements I18NProvider {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = Languages.supportedOrDefault(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("messages", target, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
    }
}
