package netlab.ui.i18n;

import java.util.List;
import java.util.Locale;

import netlab.engine.errors.Refusal;
import netlab.engine.errors.RefusedValue;

/**
 * Something wrong with what a person asked for, kept as a message key and arguments so that the
 * view can say it in the current language. A value the engine refused ({@link RefusedValue}) is
 * said from the bundle too ({@code refused.*}); any other message from the engine is kept as it
 * is ({@link #raw}). The English is kept beside the key as {@link #raw}.
 */
public record Problem(String key, List<Object> args, String raw) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args), null);
    }

    public static Problem raw(String message) {
        return new Problem(null, List.of(), message);
    }

    /** The engine's message for a refused value, or the exception's type when it has none. */
    public static Problem from(Throwable t) {
        if (t instanceof RefusedValue refused) {
            // the CLI's "--split TEXT:" frame names an option; a form's field already says which
            RefusedValue said = refused.form() == Refusal.SPLIT_OPTION && refused.getCause() instanceof RefusedValue inner
                    ? inner : refused;
            return new Problem("refused." + said.form().name().toLowerCase(Locale.ROOT), List.copyOf(said.parts()),
                    said.getMessage());
        }
        String message = t.getMessage();
        return raw(message == null || message.isBlank() ? t.getClass().getSimpleName() : message);
    }

    public String render(I18n i18n) {
        return key == null ? raw : i18n.get(key, args.toArray());
    }
}
