package netlab.engine.classroom;

import java.util.Objects;

/**
 * A student who joined: a number in the order they joined (from 1) and the name they typed,
 * kept as text: whoever shows it escapes it (a page sets it as text, never as HTML).
 */
public record Student(int number, String name) {
    public Student {
        Objects.requireNonNull(name, "name");
    }
}
