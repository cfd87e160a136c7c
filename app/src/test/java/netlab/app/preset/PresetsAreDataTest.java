package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import netlab.engine.lab.ServerSpec;
import netlab.engine.preset.Preset;
import org.junit.jupiter.api.Test;

/**
 * Presets (and, through the same rule, every file NetLab reads) are data: parsed into a JSON tree
 * (Jackson's readTree) and read field by field into records; never bound to classes a file
 * names, never deserialised as objects, never evaluated.
 */
class PresetsAreDataTest {
    /** Ways Java code can let a file choose what gets built or run. */
    private static final List<String> BANNED = List.of("readValue(", "convertValue(", "treeToValue(", "activateDefaultTyping",
            "enableDefaultTyping", "JsonTypeInfo", "ObjectInputStream", "XMLDecoder", "ScriptEngine", "readObject(",
            "readUnshared(");

    @Test
    void typeHintsAndClassNamesInAPresetAreTextAtMost() throws Exception {
        Path dir = Files.createTempDirectory("netlab-data");
        Path marker = dir.resolve("ran");
        String json = """
                {"format": "netlab-preset/1", "id": "x", "seed": "000", "@class": "java.lang.ProcessBuilder",
                 "title": {"en": "T"}, "summary": "S", "explanation": [],
                 "servers": [{"@class": "java.lang.ProcessBuilder", "@type": "java.lang.Runtime",
                              "command": ["touch", "%1$s"], "name": "srv", "port": 0}],
                 "clients": [{"name": "c", "server": "srv",
                              "parts": ["${jndi:ldap://127.0.0.1/x}", "$(touch %1$s)", "java.lang.Runtime"]}]}
                """.formatted(marker);
        Preset p = new PresetParser().parse("hostile.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(p.servers().get(0).spec()).isInstanceOf(ServerSpec.class);
        assertThat(p.servers().get(0).spec().hostPort().host()).isEqualTo("127.0.0.1");
        assertThat(p.clients().get(0).spec().parts().get(1).utf8()).as("text, sent as bytes").isEqualTo("$(touch " + marker + ")");
        assertThat(Files.exists(marker)).as("nothing ran").isFalse();
        Files.delete(dir);
    }

    @Test
    void noMainSourceBindsOrDeserialisesObjectsFromInput() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent(); // the app module runs its tests in app/
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String module : List.of("engine", "ui", "app", "resources")) {
            Path main = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> sources = Files.walk(main)) {
                for (Path f : sources.filter(s -> s.toString().endsWith(".java")).toList()) {
                    files++;
                    String text = Files.readString(f);
                    for (String banned : BANNED) {
                        if (text.contains(banned)) {
                            found.add(root.relativize(f) + ": " + banned);
                        }
                    }
                }
            }
        }
        assertThat(files).as("main sources looked at").isGreaterThan(100);
        assertThat(found).as("data binding or deserialisation of input").isEmpty();
        System.out.printf("data only: %d main sources, none binds or deserialises objects from input%n", files);
    }
}
