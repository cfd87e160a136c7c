package netlab.engine.classroom;

import java.text.Normalizer;

/**
 * What a typed name may be: 1 to {@value #MAX_LENGTH} characters once trimmed, no control or
 * format characters (no terminal escapes, no right-to-left overrides that would turn the
 * projector's text around). Anything else, {@code <b>} and quotes included, is a name like any other:
 * it is text, and shown as text.
 */
public final class StudentNames {
    public static final int MAX_LENGTH = 32;

    private StudentNames() {
    }

    /** The name as kept (trimmed, NFC), or a ClassException saying what is wrong with it. */
    public static String check(String typed) {
        if (typed == null) {
            throw new ClassException("type a name to join");
        }
        if (typed.length() > 4 * MAX_LENGTH) {
            throw new ClassException("a name is at most " + MAX_LENGTH + " characters");
        }
        String name = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        if (name.isEmpty()) {
            throw new ClassException("type a name to join");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new ClassException("a name is at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new ClassException("a name cannot hold control or formatting characters");
            }
            i += Character.charCount(cp);
        }
        return name;
    }
}
