package netlab.engine.files;

import java.util.List;
import java.util.Map;

/**
 * One value of a JSON or YAML file with where it stood: an object ({@code Map<String, Node>}), an
 * array ({@code List<Node>}), a string, a number (Long or Double), a boolean, or null.
 *
 * @param value the value
 * @param line  the line it starts on, from 1
 * @param path  where it is in the document ({@code rules[2].reply}), for messages
 */
public record Node(Object value, int line, String path) {
    public boolean isObject() {
        return value instanceof Map<?, ?>;
    }

    public boolean isArray() {
        return value instanceof List<?>;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Node> fields() {
        return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    public List<Node> items() {
        return (List<Node>) value;
    }

    /** What kind of value this is, in words, for "expected a string, found an array". */
    public String kind() {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            default -> "a number";
        };
    }
}
