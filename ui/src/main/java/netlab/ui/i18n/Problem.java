package netlab.ui.i18n;

import java.util.List;

/**
 * Something wrong with what a person asked for, kept as a message key and arguments so that the
 * view can say it in the current language. Messages that come from the engine are kept as they are
 * ({@link #raw}): the engine speaks English and has no keys yet.
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
        String message = t.getMessage();
        return raw(message == null || message.isBlank() ? t.getClass().getSimpleName() : message);
    }

    public String render(I18n i18n) {
        return key == null ? raw : i18n.get(key, args.toArray());
    }
}
