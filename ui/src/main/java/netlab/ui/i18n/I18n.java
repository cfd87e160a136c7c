package netlab.ui.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The user-visible text, from the {@code netlab.i18n.messages} bundles. Views bind to
 * {@link #text} rather than reading strings once, so that changing {@link #localeProperty()} at run
 * time relabels the whole window.
 */
public final class I18n {
    public static final String BUNDLE = "netlab.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private Locale bundleLocale;
    private ResourceBundle bundle;
    /** Parsed patterns of the current locale: panes format a line per event, parsing each time would dominate. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public I18n(Locale initial) {
        locale.set(initial);
    }

    /**
     * The bundle of the current locale, loaded on first use: bindings are told of a new locale
     * before any listener could reload it, so the lookup must not depend on listener order.
     */
    private ResourceBundle bundle() {
        Locale now = locale.get();
        if (!now.equals(bundleLocale)) {
            bundle = load(now);
            bundleLocale = now;
            formats.clear();
        }
        return bundle;
    }

    private static ResourceBundle load(Locale locale) {
        // no fallback to the JVM's default locale: what was chosen is what is shown
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** The message for {@code key} in the current language, with {@link MessageFormat} arguments. */
    public String get(String key, Object... args) {
        ResourceBundle current = bundle();
        MessageFormat format = formats.get(key);
        if (format == null) {
            try {
                format = new MessageFormat(current.getString(key), locale.get());
            } catch (MissingResourceException e) {
                // a missing key must be visible in the UI, not crash it
                return "!" + key + "!";
            }
            formats.put(key, format);
        }
        return format.format(args);
    }

    /** A binding that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A binding that follows the language and the observable arguments. */
    public StringBinding live(String key, ObservableValue<?>... args) {
        Observable[] deps = new Observable[args.length + 1];
        deps[0] = locale;
        System.arraycopy(args, 0, deps, 1, args.length);
        Callable<String> compute = () -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].getValue();
            }
            return get(key, values);
        };
        return Bindings.createStringBinding(compute, deps);
    }

    /** The problem's message in the current language; empty when there is none. */
    public StringBinding problem(ObservableValue<Problem> problem) {
        return Bindings.createStringBinding(() -> problem.getValue() == null ? "" : problem.getValue().render(this),
                locale, problem);
    }
}
