package netlab.ui.form;

import netlab.ui.i18n.Problem;

/** Reading what a person typed into a field. */
public final class Inputs {
    private Inputs() {
    }

    /** A whole number; blank, letters or one too large for an int are problems. */
    public static Checked<Integer> integer(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Checked.bad(Problem.of("error.required"));
        }
        try {
            return Checked.ok(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            return Checked.bad(Problem.of("error.notANumber", t));
        }
    }

    /** Text that must not be blank, stripped. */
    public static Checked<String> required(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? Checked.bad(Problem.of("error.required")) : Checked.ok(t);
    }
}
