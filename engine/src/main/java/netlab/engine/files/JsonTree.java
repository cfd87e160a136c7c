package netlab.engine.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a small JSON file (or YAML, by its name: .yaml, .yml) a person wrote into {@link Node}s that remember their line, so that a
 * wrong field is reported as {@code file:12: rules[2].match: ...}. Bounded: a file over
 * {@link #MAX_BYTES} is refused, nesting and strings are capped.
 */
public final class JsonTree {
    public static final long MAX_BYTES = 16L << 20;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(4 << 20).build())
            .build();
    private static final JsonFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(4 << 20).build())
            .build();

    private JsonTree() {
    }

    /** The file's one value; a {@link FileProblem} naming the line when it is not JSON, or cannot be read. */
    public static Node read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw FileProblem.of(file, 0, "", "larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FileProblem.of(file, 0, "", "cannot read it: " + e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? parse(file.toString(), bytes, YAML) : parse(file.toString(), bytes);
    }

    /** {@code text}'s one value, named {@code name} in messages. */
    public static Node parse(String name, byte[] text) {
        return parse(name, text, JSON);
    }

    /** {@code text}'s one value in JSON or YAML ({@code factory}). */
    private static Node parse(String name, byte[] text, JsonFactory factory) {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new FileProblem(name, 0, "", "the file is empty");
            }
            Node root = value(p, "");
            if (p.nextToken() != null) {
                throw new FileProblem(name, line(p.currentTokenLocation()), "", "more than one value in the file");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new FileProblem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    (factory == JSON ? "not valid JSON: " : "not valid YAML: ") + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FileProblem(name, 0, "", "cannot read it: " + e);
        }
    }

    private static Node value(JsonParser p, String path) throws IOException {
        int line = line(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, value(p, path.isEmpty() ? name : path + "." + name));
                }
                yield new Node(fields, line, path);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + items.size() + "]"));
                }
                yield new Node(items, line, path);
            }
            case VALUE_STRING -> new Node(p.getText(), line, path);
            case VALUE_NUMBER_INT -> new Node(p.getLongValue(), line, path);
            case VALUE_NUMBER_FLOAT -> new Node(p.getDoubleValue(), line, path);
            case VALUE_TRUE -> new Node(Boolean.TRUE, line, path);
            case VALUE_FALSE -> new Node(Boolean.FALSE, line, path);
            case VALUE_NULL -> new Node(null, line, path);
            default -> throw new IOException("unexpected " + t);
        };
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }
}
