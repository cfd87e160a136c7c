package netlab.engine.files;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one object of a file, read by name: each getter says what it wants and, when the
 * file has something else, throws a {@link FileProblem} naming the file, the line and the field.
 * {@link #onlyKnown} refuses a field it does not know (a typo is said, not ignored).
 */
public final class Fields {
    private final String file;
    private final Node node;

    public Fields(String file, Node node) {
        this.file = file;
        if (!node.isObject()) {
            throw new FileProblem(file, node.line(), node.path(), "expected an object, found " + node.kind());
        }
        this.node = node;
    }

    public String file() {
        return file;
    }

    public Node node() {
        return node;
    }

    /** A problem with field {@code name} of this object (its line, or the object's when it is absent). */
    public FileProblem problem(String name, String reason) {
        Node n = node.fields().get(name);
        return new FileProblem(file, n == null ? node.line() : n.line(), path(name), reason);
    }

    /** A problem with this object as a whole. */
    public FileProblem problem(String reason) {
        return new FileProblem(file, node.line(), node.path(), reason);
    }

    public boolean has(String name) {
        Node n = node.fields().get(name);
        return n != null && n.value() != null;
    }

    public Fields onlyKnown(Set<String> known) {
        for (Map.Entry<String, Node> e : node.fields().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new FileProblem(file, e.getValue().line(), path(e.getKey()),
                        "unknown field; known: " + known.stream().sorted().toList());
            }
        }
        return this;
    }

    public String string(String name) {
        Node n = required(name);
        if (!(n.value() instanceof String s)) {
            throw new FileProblem(file, n.line(), n.path(), "expected a string, found " + n.kind());
        }
        return s;
    }

    public String string(String name, String otherwise) {
        return has(name) ? string(name) : otherwise;
    }

    public long integer(String name, long otherwise, long min, long max) {
        if (!has(name)) {
            return otherwise;
        }
        Node n = node.fields().get(name);
        if (!(n.value() instanceof Long v)) {
            throw new FileProblem(file, n.line(), n.path(), "expected a whole number, found " + n.kind());
        }
        if (v < min || v > max) {
            throw new FileProblem(file, n.line(), n.path(), v + " is out of range " + min + ".." + max);
        }
        return v;
    }

    public boolean bool(String name, boolean otherwise) {
        if (!has(name)) {
            return otherwise;
        }
        Node n = node.fields().get(name);
        if (!(n.value() instanceof Boolean b)) {
            throw new FileProblem(file, n.line(), n.path(), "expected true or false, found " + n.kind());
        }
        return b;
    }

    public Fields object(String name) {
        return new Fields(file, required(name));
    }

    /** The array {@code name}, each item turned by {@code each}; empty when absent. */
    public <T> List<T> list(String name, Function<Node, T> each) {
        if (!has(name)) {
            return List.of();
        }
        Node n = node.fields().get(name);
        if (!n.isArray()) {
            throw new FileProblem(file, n.line(), n.path(), "expected an array, found " + n.kind());
        }
        return n.items().stream().map(each).toList();
    }

    /** Runs {@code read} on field {@code name}'s value; its IllegalArgumentException becomes a problem at that field. */
    public <T> T parsed(String name, Function<String, T> read) {
        String text = string(name);
        try {
            return read.apply(text);
        } catch (FileProblem p) {
            throw p;
        } catch (IllegalArgumentException e) {
            throw problem(name, e.getMessage());
        }
    }

    private Node required(String name) {
        Node n = node.fields().get(name);
        if (n == null || n.value() == null) {
            throw new FileProblem(file, node.line(), path(name), "missing");
        }
        return n;
    }

    private String path(String name) {
        return node.path().isEmpty() ? name : node.path() + "." + name;
    }
}
