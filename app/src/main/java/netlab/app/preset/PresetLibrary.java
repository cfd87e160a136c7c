package netlab.app.preset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netlab.engine.preset.Preset;

/**
 * The preset library packaged in {@code resources/}: {@code netlab/presets/index.json} lists the
 * ids, one file per preset. A broken preset is reported and left out; the others still load.
 */
public final class PresetLibrary {
    private static final String BASE = "netlab/presets/";

    private final java.util.function.Supplier<PresetLibrary> load;
    private Map<String, Preset> presets;
    private List<String> problems;
    private UserPresets user;
    private java.util.Set<String> userIds = java.util.Set.of();

    private PresetLibrary(Map<String, Preset> presets, List<String> problems) {
        this.load = null;
        this.presets = presets;
        this.problems = problems;
    }

    private PresetLibrary(java.util.function.Supplier<PresetLibrary> load) {
        this.load = load;
    }

    /**
     * The bundled library, read when first asked for: a command that uses no preset (serve,
     * connect) starts without parsing them (and without loading Jackson).
     */
    public static PresetLibrary bundled() {
        return new PresetLibrary(PresetLibrary::loadBundled);
    }

    /**
     * The bundled library with a teacher's own presets from {@code user}'s directory beside it: a
     * user preset with a built-in's id (its questions edited, say) is opened instead of the built-in.
     */
    public static PresetLibrary bundledWith(UserPresets user) {
        return new PresetLibrary(() -> loadWith(user));
    }

    /** Reads the bundled library and {@code user}'s presets now. */
    public static PresetLibrary loadWith(UserPresets user) {
        PresetLibrary lib = loadBundled();
        List<String> problems = new ArrayList<>(lib.problems);
        Map<String, Preset> own = user.load(problems);
        Map<String, Preset> all = new LinkedHashMap<>(lib.presets);
        all.putAll(own);
        PresetLibrary out = new PresetLibrary(all, List.copyOf(problems));
        out.user = user;
        out.userIds = new java.util.HashSet<>(own.keySet());
        return out;
    }

    private synchronized void loaded() {
        if (presets == null) {
            PresetLibrary read = load.get();
            presets = read.presets;
            problems = read.problems;
            user = read.user;
            userIds = read.userIds;
        }
    }

    /** Whether {@code id} is a teacher's own preset (or their copy of a built-in one). */
    public synchronized boolean isUserPreset(String id) {
        loaded();
        return userIds.contains(id);
    }

    /** The ids of the teacher's own presets (their copies of built-in ones included). */
    public synchronized java.util.Set<String> userIds() {
        loaded();
        return java.util.Set.copyOf(userIds);
    }

    /**
     * Saves {@code questions} as the questions of preset {@code id}, as a user preset (I/O: call
     * it off the FX thread); the library opens the saved preset from then on. Refused (a
     * PresetException naming the field) when the questions would not make a valid preset.
     */
    public synchronized Preset saveQuestions(String id, List<netlab.engine.preset.Question> questions) throws IOException {
        loaded();
        if (user == null) {
            throw new IllegalStateException("this library has no directory for user presets");
        }
        if (!presets.containsKey(id)) {
            throw new PresetException("no preset '" + id + "'");
        }
        byte[] source;
        if (userIds.contains(id)) {
            source = java.nio.file.Files.readAllBytes(user.directory().resolve(id + ".json"));
        } else {
            try (InputStream in = PresetLibrary.class.getClassLoader().getResourceAsStream(BASE + id + ".json")) {
                if (in == null) {
                    throw new PresetException(BASE + id + ".json is not on the class path");
                }
                source = in.readNBytes(PresetParser.MAX_BYTES + 1);
            }
        }
        Preset saved = user.saveQuestions(source, questions);
        Map<String, Preset> updated = new LinkedHashMap<>(presets);
        updated.put(id, saved);
        presets = updated;
        java.util.Set<String> ids = new java.util.HashSet<>(userIds);
        ids.add(id);
        userIds = ids;
        return saved;
    }

    public static PresetLibrary loadBundled() {
        ClassLoader loader = PresetLibrary.class.getClassLoader();
        PresetParser parser = new PresetParser();
        Map<String, Preset> presets = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        JsonNode index;
        try (InputStream in = loader.getResourceAsStream(BASE + "index.json")) {
            if (in == null) {
                throw new PresetException("the preset library is missing (" + BASE + "index.json is not on the class path)");
            }
            index = new ObjectMapper().readTree(in.readNBytes(PresetParser.MAX_BYTES));
        } catch (IOException e) {
            throw new PresetException("cannot read the preset index: " + e.getMessage(), e);
        }
        for (JsonNode idNode : index.path("presets")) {
            String id = idNode.asText();
            String file = BASE + id + ".json";
            try (InputStream in = loader.getResourceAsStream(file)) {
                if (in == null) {
                    problems.add(file + ": listed in the index but missing");
                    continue;
                }
                Preset preset = parser.parse(file, in.readNBytes(PresetParser.MAX_BYTES + 1));
                if (!preset.id().equals(id)) {
                    problems.add(file + ": its id is '" + preset.id() + "', the index says '" + id + "'");
                    continue;
                }
                presets.put(id, preset);
            } catch (IOException | PresetException e) {
                problems.add(e.getMessage());
            }
        }
        return new PresetLibrary(presets, List.copyOf(problems));
    }

    public synchronized List<Preset> all() {
        loaded();
        return List.copyOf(presets.values());
    }

    public synchronized Optional<Preset> find(String id) {
        loaded();
        return Optional.ofNullable(presets.get(id));
    }

    public synchronized List<String> ids() {
        loaded();
        return List.copyOf(presets.keySet());
    }

    /** Presets that could not be loaded, one message each. */
    public synchronized List<String> problems() {
        loaded();
        return problems;
    }
}
