package netlab.engine.errors;

import java.util.List;

/**
 * A value the lab refuses (a port out of range, a setting the transport does not have), said in
 * English as the CLI prints it, and kept as its {@link Refusal} and parts so that a window in
 * another language can say it from its own bundle.
 */
public final class RefusedValue extends IllegalArgumentException {
    private final Refusal form;
    private final List<String> parts;

    RefusedValue(Refusal form, List<String> parts, Throwable cause) {
        super(form.say(parts), cause);
        this.form = form;
        this.parts = List.copyOf(parts);
    }

    public Refusal form() {
        return form;
    }

    /** The parts, in the order of the template's numbers. */
    public List<String> parts() {
        return parts;
    }
}
