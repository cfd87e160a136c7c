package netlab.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English sentences the lab says when one of its caps is hit ({@link EventKind#LIMIT_REACHED})
 * or when the teacher drops a student's connection (a {@code netlab} log line), each a template
 * with numbered parts. The engine writes them with {@link #say}; a window in another language
 * finds the template and its parts back with {@link #read} and says them from its own bundle
 * (key {@code limit.} + the constant's name in lower case, the same parts in the same order).
 */
public enum LimitTexts {
    /** A server at its connection cap; parts: the cap, the peer, how many were refused so far. */
    CONNECTION_LIMIT("connection limit reached: {0} connections are open, so the one from {1} is reset at once ({2} refused so far)"),
    /** A write buffer past its cap; parts: bytes waiting, bytes more, the cap. */
    WRITE_BUFFER("write buffer limit reached: {0} bytes wait for a peer that does not read them, and {1} more would pass the cap of "
            + "{2} bytes; the connection is aborted (the protocol does not wait for drain())"),
    /** A student who sent the most allowed, connecting again; parts: the student, bytes sent, the cap. */
    STUDENT_SENT_ALL("{0} has sent {1} bytes, the most a student may send in this class ({2}): no more connections from them"),
    /** A student at the cap of connections; parts: the student, connections open. */
    STUDENT_CONNECTIONS("{0} has {1} connections open, the most a student may have in this class: this one is closed"),
    /** A student past the cap of bytes; parts: the student, the cap. */
    STUDENT_SENT_TOO_MUCH("{0} has sent more than {1} bytes, the most a student may send in this class: this connection is closed"),
    /** The teacher dropped a student's connections; parts: the student. */
    TEACHER_DROPPED("the teacher dropped {0}''s connections: this one is closed");

    private final String template;
    private final Pattern reading;

    LimitTexts(String template) {
        this.template = template.replace("''", "'");
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Parts.PART.matcher(this.template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(this.template.substring(at, m.start()))).append("(.*?)");
            at = m.end();
        }
        this.reading = Pattern.compile(regex.append(Pattern.quote(this.template.substring(at))).append("$").toString(), Pattern.DOTALL);
    }

    /** The sentence with its parts filled in, as the CLI prints it. */
    public String say(Object... parts) {
        StringBuilder out = new StringBuilder();
        Matcher m = Parts.PART.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(template, at, m.start()).append(parts[Integer.parseInt(m.group(1))]);
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    /** The parts of {@code text} if it is this sentence. */
    public Optional<List<String>> read(String text) {
        Matcher m = text == null ? null : reading.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            parts.add(m.group(i));
        }
        return Optional.of(parts);
    }

    /** The sentence {@code text} is, with its parts; empty when it is none of these (a seed's line). */
    public static Optional<Said> of(String text) {
        for (LimitTexts t : values()) {
            Optional<List<String>> parts = t.read(text);
            if (parts.isPresent()) {
                return Optional.of(new Said(t, parts.get()));
            }
        }
        return Optional.empty();
    }

    /** A numbered part of a template: {@code {0}}. (A holder: an enum's constructor cannot read its own statics.) */
    private static final class Parts {
        static final Pattern PART = Pattern.compile("\\{(\\d)}");
    }

    /** A sentence found in a text, and its parts. */
    public record Said(LimitTexts form, List<String> parts) {
    }
}
