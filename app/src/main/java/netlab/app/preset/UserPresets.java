package netlab.app.preset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;

/**
 * A teacher's own presets, beside the built-in ones: one file per preset ({@code ID.json}, the
 * same format) in a directory the app passes in ({@link #defaultDirectory()} unless told
 * otherwise). Editing a built-in preset's questions saves a copy of it here with the new
 * questions; from then on the library opens the teacher's copy instead of the built-in one.
 * Files are read as the bundled ones are (data only, strictly, at most
 * {@link PresetParser#MAX_BYTES}) and written whole through a temporary file, so a crash never
 * leaves half a preset.
 */
public final class UserPresets {
    /** More files than any teacher keeps: the directory is not read past this. */
    static final int MAX_FILES = 500;

    private final Path directory;

    public UserPresets(Path directory) {
        this.directory = directory;
    }

    /**
     * {@code $NETLAB_HOME/presets}, else {@code $XDG_DATA_HOME/netlab/presets}, else
     * {@code ~/.local/share/netlab/presets}.
     */
    public static Path defaultDirectory() {
        String home = System.getenv("NETLAB_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "presets");
        }
        String data = System.getenv("XDG_DATA_HOME");
        if (data != null && !data.isBlank()) {
            return Path.of(data, "netlab", "presets");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "netlab", "presets");
    }

    public Path directory() {
        return directory;
    }

    /** Every preset in the directory by id; a file that cannot be used is left out with a message in {@code problems}. */
    public Map<String, Preset> load(List<String> problems) {
        Map<String, Preset> found = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        int files = 0;
        // made here, not with the object: Main makes one for every command, and Jackson takes
        // 150 ms to load, which `serve` would pay before it listens
        PresetParser parser = new PresetParser();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(directory, "*.json")) {
            for (Path file : list) {
                if (++files > MAX_FILES) {
                    problems.add(directory + ": more than " + MAX_FILES + " preset files; the rest are not read");
                    break;
                }
                String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
                try {
                    Preset p = parser.parse(file.toString(), read(file));
                    if (!p.id().equals(expected)) {
                        problems.add(file + ": its id is '" + p.id() + "'; a user preset's file is named ID.json ('" + p.id() + ".json')");
                        continue;
                    }
                    found.put(p.id(), p);
                } catch (PresetException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(directory + ": cannot be read: " + e.getMessage());
        }
        return found;
    }

    /**
     * Saves {@code questions} as the questions of the preset whose file is {@code source} (the
     * built-in file, or the teacher's copy): writes {@code ID.json} here with every other field as
     * it was, checks it reads back, and returns it as read. A question that would make the file
     * invalid is refused with the parser's message, and nothing is written.
     */
    public Preset saveQuestions(byte[] source, List<Question> questions) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(source);
        if (!(root instanceof ObjectNode preset)) {
            throw new PresetException("the preset to save is not a JSON object");
        }
        preset.set("questions", QuestionJson.write(questions));
        byte[] out = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(preset);
        String id = preset.path("id").asText();
        Preset checked = new PresetParser().parse(id + ".json", out); // throws what is wrong, before anything is written
        Files.createDirectories(directory);
        Path file = directory.resolve(checked.id() + ".json");
        Path tmp = Files.createTempFile(directory, "." + checked.id(), ".json.tmp");
        try {
            Files.write(tmp, out);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return checked;
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > PresetParser.MAX_BYTES) {
                throw new PresetException(file + ": " + Files.size(file) + " bytes is too big for a preset (at most " + PresetParser.MAX_BYTES + ")");
            }
            return in.readNBytes(PresetParser.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PresetException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
