package netlab.app.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.preset.LocalizedText;
import netlab.ui.code.CodeFile;
import netlab.ui.code.CodeMark;
import netlab.ui.code.CodeSample;
import netlab.engine.event.EventMatch;

/**
 * The code shown beside the runs, packaged in {@code resources/}: {@code netlab/code/index.json}
 * lists preset ids; {@code netlab/code/ID.json} ({@code netlab-code/1}) names the files (the
 * seed's Python, the Java NetLab runs, copied from the engine's sources at build time) and the
 * marks that lead from an event to its lines. A mark names its line by a piece of its text, which
 * must occur on exactly one line of the file, so the marks follow the code when it changes and
 * fail loudly when the line is gone. What cannot be used is reported, not thrown: the lab still opens.
 */
public final class CodeLibrary {
    public static final String FORMAT = "netlab-code/1";
    private static final String BASE = "netlab/code/";
    private static final int MAX_BYTES = 1024 * 1024;

    private final List<CodeSample> samples;
    private final List<String> problems;

    private CodeLibrary(List<CodeSample> samples, List<String> problems) {
        this.samples = List.copyOf(samples);
        this.problems = List.copyOf(problems);
    }

    public static CodeLibrary loadBundled() {
        ClassLoader loader = CodeLibrary.class.getClassLoader();
        List<CodeSample> samples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        JsonNode index;
        try {
            String text = read(loader, BASE + "index.json");
            if (text == null) {
                return new CodeLibrary(List.of(), List.of(BASE + "index.json is not on the class path"));
            }
            index = json.readTree(text);
        } catch (IOException e) {
            return new CodeLibrary(List.of(), List.of(BASE + "index.json: " + e.getMessage()));
        }
        for (JsonNode id : index.path("code")) {
            String file = BASE + id.asText() + ".json";
            try {
                String text = read(loader, file);
                if (text == null) {
                    problems.add(file + ": listed in the index but missing");
                    continue;
                }
                samples.add(parse(file, json.readTree(text), loader, problems));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        return new CodeLibrary(samples, problems);
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(resource + " is larger than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static CodeSample parse(String source, JsonNode root, ClassLoader loader, List<String> problems) throws IOException {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("format must be " + FORMAT);
        }
        String preset = root.path("preset").asText();
        if (preset.isBlank()) {
            throw new IllegalArgumentException("preset: missing");
        }
        Map<String, CodeFile> files = new LinkedHashMap<>();
        for (JsonNode f : root.path("files")) {
            String id = f.path("id").asText();
            String resource = f.path("resource").asText();
            String text = read(loader, resource);
            if (text == null) {
                problems.add(source + ": file " + id + ": " + resource + " is not on the class path");
                continue;
            }
            files.put(id, new CodeFile(id, f.path("title").asText(id), f.path("language").asText(), text));
        }
        List<List<String>> pairs = new ArrayList<>();
        for (JsonNode p : root.path("pairs")) {
            List<String> pair = new ArrayList<>();
            p.forEach(n -> pair.add(n.asText()));
            pairs.add(pair);
        }
        List<CodeMark> marks = new ArrayList<>();
        int n = 0;
        for (JsonNode m : root.path("marks")) {
            String at = source + ": marks[" + n++ + "]";
            try {
                EventMatch match = match(m.path("when"));
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : m.path("lines").properties()) {
                    CodeFile file = files.get(e.getKey());
                    if (file == null) {
                        throw new IllegalArgumentException("no file " + e.getKey());
                    }
                    lines.put(e.getKey(), lineOf(file, e.getValue()));
                }
                marks.add(new CodeMark(match, lines, note(m.get("note"))));
            } catch (IllegalArgumentException e) {
                problems.add(at + ": " + e.getMessage());
            }
        }
        return new CodeSample(preset, List.copyOf(files.values()), pairs, marks);
    }

    /**
     * A line named by its text ({@code "writer.close()"}), or, where the same text is on several
     * lines (two callbacks that print the same words), by the first line holding {@code find} after
     * the one line holding {@code after}: {@code {"after": "class ClientProtocol", "find": "def error_received"}}.
     */
    static int lineOf(CodeFile file, JsonNode ref) {
        if (!ref.isObject()) {
            return lineOf(file, ref.asText());
        }
        String find = ref.path("find").asText();
        if (find.isEmpty()) {
            throw new IllegalArgumentException("a line by \"after\" needs \"find\" too");
        }
        int from = lineOf(file, ref.path("after").asText());
        List<String> lines = file.text().lines().toList();
        for (int i = from - 1; i < lines.size(); i++) {
            if (lines.get(i).contains(find)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("\"" + find + "\" is on no line of " + file.id() + " after line " + from);
    }

    /** The number (from 1) of the one line holding {@code anchor}. */
    static int lineOf(CodeFile file, String anchor) {
        List<String> lines = file.text().lines().toList();
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(anchor)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("\"" + anchor + "\" is on more than one line of " + file.id()
                            + " (" + (found + 1) + " and " + (i + 1) + "): make it longer");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("\"" + anchor + "\" is on no line of " + file.id());
        }
        return found + 1;
    }

    private static EventMatch match(JsonNode when) {
        Role role = when.hasNonNull("role") ? Role.valueOf(when.get("role").asText().toUpperCase(Locale.ROOT)) : null;
        EventKind kind = when.hasNonNull("kind") ? kind(when.get("kind").asText()) : null;
        return new EventMatch(role, kind, pattern(when, "logger"), pattern(when, "text"), pattern(when, "data"));
    }

    /** An event kind by its asyncio name ({@code data_received}) or its constant ({@code DATA_RECEIVED}). */
    static EventKind kind(String name) {
        for (EventKind k : EventKind.values()) {
            if (k.asyncioName().equals(name) || k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + name + "'");
    }

    private static Pattern pattern(JsonNode when, String field) {
        if (!when.hasNonNull(field)) {
            return null;
        }
        try {
            return Pattern.compile(when.get(field).asText());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(field + ": " + e.getDescription());
        }
    }

    private static LocalizedText note(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return LocalizedText.english(node.asText());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText()));
        return new LocalizedText(texts);
    }

    public List<CodeSample> samples() {
        return samples;
    }

    /** What could not be used, one message each. */
    public List<String> problems() {
        return problems;
    }
}
