package netlab.ui.form;

import java.util.function.Function;

import netlab.ui.i18n.Problem;

/**
 * A value read from a form field, or the problem that stops it from being read. Engine checks that
 * refuse a value with {@link IllegalArgumentException} become problems, never exceptions.
 */
public record Checked<T>(T value, Problem problem) {

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, null);
    }

    public static <T> Checked<T> bad(Problem problem) {
        return new Checked<>(null, problem);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** Applies {@code check}, turning its {@link IllegalArgumentException} into a problem. */
    public <R> Checked<R> then(Function<? super T, ? extends R> check) {
        if (!isOk()) {
            return bad(problem);
        }
        try {
            return ok(check.apply(value));
        } catch (IllegalArgumentException e) {
            return bad(Problem.from(e));
        }
    }
}
