package netlab.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import netlab.app.preset.PresetException;
import netlab.app.preset.PresetParser;
import netlab.engine.fuzz.Fuzz;
import netlab.engine.preset.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The preset loader on damaged and hostile files, starting from every preset of the library:
 * bytes flipped, cut, repeated or inserted; fields removed, given the wrong type, absurd values,
 * deep nesting, type hints ({@code @class}) and lookup strings. Whatever the file, the loader gives
 * a preset or a {@link PresetException} naming the file (never another exception), and quickly.
 */
@Tag("fuzz")
class PresetParserFuzzTest {
    private static final Duration BUDGET = Duration.ofSeconds(4);
    private static final Duration PER_FILE = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<byte[]> LIBRARY = new ArrayList<>();

    @BeforeAll
    static void readTheLibrary() throws IOException {
        JsonNode index = JSON.readTree(resource("netlab/presets/index.json"));
        for (JsonNode id : index.get("presets")) {
            LIBRARY.add(resource("netlab/presets/" + id.asText() + ".json"));
        }
        assertThat(LIBRARY).hasSizeGreaterThan(10);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PresetParserFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void damagedBytesGiveAPresetOrAPresetException() {
        int[] outcomes = new int[2];
        Fuzz.run("preset loader on damaged bytes", 4_000, BUDGET, (r, i) -> {
            byte[] file = damage(r, LIBRARY.get(r.nextInt(LIBRARY.size())));
            outcomes[load("case-" + i + ".json", file) ? 0 : 1]++;
        });
        System.out.printf("damaged bytes: %d loaded, %d refused with a message%n", outcomes[0], outcomes[1]);
    }

    @Test
    void hostileValuesGiveAPresetOrAPresetException() {
        int[] outcomes = new int[2];
        Fuzz.run("preset loader on hostile values", 4_000, BUDGET, (r, i) -> {
            JsonNode tree = JSON.readTree(LIBRARY.get(r.nextInt(LIBRARY.size())));
            int edits = 1 + r.nextInt(3);
            for (int k = 0; k < edits; k++) {
                tree = mutate(r, tree);
            }
            outcomes[load("case-" + i + ".json", JSON.writeValueAsBytes(tree)) ? 0 : 1]++;
        });
        System.out.printf("hostile values: %d loaded, %d refused with a message%n", outcomes[0], outcomes[1]);
        assertThat(outcomes[1]).as("the mutations do reach the checks").isPositive();
    }

    /** True when it loaded; false when it was refused as it must be. Anything else fails the case. */
    private static boolean load(String source, byte[] file) {
        long t0 = System.nanoTime();
        try {
            Preset p = new PresetParser().parse(source, file);
            assertThat(p.id()).matches("[a-z0-9][a-z0-9-]{0,63}");
            return true;
        } catch (PresetException refused) {
            assertThat(refused.getMessage()).startsWith(source + ": ");
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("the loader threw " + e + " on " + preview(file), e);
        } finally {
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("time to load %s", preview(file)).isLessThan(PER_FILE);
        }
    }

    private static byte[] damage(Random r, byte[] original) {
        byte[] b = original.clone();
        switch (r.nextInt(6)) {
            case 0 -> { // flip a few bytes
                for (int k = 0; k < 1 + r.nextInt(4); k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 1 -> { // truncated
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 2 -> { // a range cut out
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(200));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                return out;
            }
            case 3 -> { // something inserted: a JSON token, or noise
                String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-0", "\\u0000", "\uFEFF", "/*", "'"};
                byte[] ins = r.nextBoolean() ? tokens[r.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8) : Fuzz.bytes(r, 8);
                int at = r.nextInt(b.length + 1);
                byte[] out = new byte[b.length + ins.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(ins, 0, out, at, ins.length);
                System.arraycopy(b, at, out, at + ins.length, b.length - at);
                return out;
            }
            case 4 -> { // a range repeated
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(100));
                byte[] out = new byte[b.length + (to - from)];
                System.arraycopy(b, 0, out, 0, to);
                System.arraycopy(b, from, out, to, b.length - from);
                return out;
            }
            default -> { // not UTF-8 at all, or another format's magic
                byte[][] heads = {{(byte) 0xAC, (byte) 0xED, 0, 5}, {(byte) 0xFF, (byte) 0xFE}, {0x1F, (byte) 0x8B}, {'P', 'K', 3, 4}};
                byte[] head = heads[r.nextInt(heads.length)];
                System.arraycopy(head, 0, b, 0, Math.min(head.length, b.length));
                return b;
            }
        }
    }

    private static JsonNode mutate(Random r, JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = r.nextInt(8) == 0 ? "@class" : names.get(r.nextInt(names.size()));
            if (r.nextInt(5) == 0) {
                object.remove(name);
            } else {
                object.set(name, hostile(r));
            }
        } else if (target instanceof ArrayNode array) {
            if (!array.isEmpty() && r.nextBoolean()) {
                array.set(r.nextInt(array.size()), hostile(r));
            } else {
                array.add(hostile(r));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                collect(it.next().getValue(), into);
            }
            if (node.isArray()) {
                node.forEach(child -> collect(child, into));
            }
        }
    }

    private static JsonNode hostile(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(16)) {
            case 0 -> f.numberNode(-1);
            case 1 -> f.numberNode(99_999);
            case 2 -> f.numberNode(Long.MAX_VALUE);
            case 3 -> f.numberNode(1e308);
            case 4 -> f.textNode("");
            case 5 -> f.textNode("x".repeat(200_000));
            case 6 -> f.nullNode();
            case 7 -> f.arrayNode();
            case 8 -> f.objectNode();
            case 9 -> f.booleanNode(r.nextBoolean());
            case 10 -> f.textNode("0.0.0.0");
            case 11 -> f.textNode("${jndi:ldap://127.0.0.1/x} $(touch /tmp/netlab-pwned) \u0000");
            case 12 -> f.textNode("java.lang.Runtime");
            case 13 -> {
                ArrayNode deep = f.arrayNode();
                ArrayNode at = deep;
                for (int k = 0; k < 40; k++) {
                    at = at.addArray();
                }
                yield deep;
            }
            case 14 -> f.textNode(Fuzz.nastyText(r, 30));
            default -> {
                ObjectNode o = f.objectNode();
                o.put("@class", "java.lang.ProcessBuilder");
                o.putArray("command").add("touch").add("/tmp/netlab-pwned");
                yield o;
            }
        };
    }

    private static String preview(byte[] file) {
        String s = new String(file, 0, Math.min(file.length, 160), StandardCharsets.ISO_8859_1);
        return file.length + " bytes: " + s.replaceAll("[^\\x20-\\x7e]", "?") + (file.length > 160 ? "..." : "");
    }
}
