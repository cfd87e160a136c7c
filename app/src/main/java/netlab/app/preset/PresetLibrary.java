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

    private synchronized void loaded() {
        if (presets == null) {
            PresetLibrary read = load.get();
            presets = read.presets;
            problems = read.problems;
        }
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

    public List<Preset> all() {
        loaded();
        return List.copyOf(presets.values());
    }

    public Optional<Preset> find(String id) {
        loaded();
        return Optional.ofNullable(presets.get(id));
    }

    public List<String> ids() {
        loaded();
        return List.copyOf(presets.keySet());
    }

    /** Presets that could not be loaded, one message each. */
    public List<String> problems() {
        loaded();
        return problems;
    }
}
