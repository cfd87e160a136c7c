package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import netlab.engine.bytes.Bytes;
import netlab.engine.preset.Preset;
import org.junit.jupiter.api.Test;

class PresetParserTest {
    private final PresetParser parser = new PresetParser();

    private Preset parse(String json) {
        return parser.parse("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String preset(String servers, String clients) {
        return """
                {"format": "netlab-preset/1", "id": "x", "seed": "000",
                 "title": {"en": "T", "zh": "标题"}, "summary": "S", "explanation": ["one", {"en": "two"}],
                 "servers": %s, "clients": %s}
                """.formatted(servers, clients);
    }

    @Test
    void readsAServerAndAClientThatRefersToIt() {
        Preset p = parse(preset("""
                [{"name": "srv", "port": 0, "readSize": 64}]""", """
                [{"name": "c", "server": "srv", "parts": ["ab", "\\\\x00"], "partsEncoding": "escaped", "repeat": 2}]"""));
        assertThat(p.id()).isEqualTo("x");
        assertThat(p.title().get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("标题");
        assertThat(p.title().get(Locale.FRENCH)).isEqualTo("T");
        assertThat(p.explanation()).hasSize(2);
        assertThat(p.servers().get(0).spec().hostPort().host()).isEqualTo("127.0.0.1");
        assertThat(p.servers().get(0).spec().readSize()).isEqualTo(64);
        assertThat(p.clients().get(0).spec().parts()).containsExactly(Bytes.utf8("ab"), Bytes.of((byte) 0));
        assertThat(p.clients().get(0).repeat()).isEqualTo(2);
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> parse(preset("[{\"name\": \"s\", \"port\": 99999}]", "[]")))
                .isInstanceOf(PresetException.class)
                .hasMessageContaining("test.json").hasMessageContaining("servers[0]")
                .hasMessageContaining("port must be 0..65535").hasMessageContaining("was 99999");
        assertThatThrownBy(() -> parse(preset("[{\"name\": \"s\", \"port\": \"ten\"}]", "[]")))
                .hasMessageContaining("servers[0].port: must be a whole number");
        assertThatThrownBy(() -> parse(preset("[]", "[{\"name\": \"c\", \"parts\": [\"zz\"], \"partsEncoding\": \"hex\"}]")))
                .hasMessageContaining("clients[0].parts[0]").hasMessageContaining("'z' is not a hex digit");
        assertThatThrownBy(() -> parse(preset("[]", "[{\"name\": \"c\", \"server\": \"nope\", \"parts\": []}]")))
                .hasMessageContaining("refers to server 'nope'");
        assertThatThrownBy(() -> parse(preset("[{\"name\": \"s\", \"behavior\": \"teleport\"}]", "[]")))
                .hasMessageContaining("unknown server behaviour 'teleport'");
    }

    @Test
    void refusesWhatIsNotAPresetOfThisVersion() {
        assertThatThrownBy(() -> parse("{\"format\": \"netlab-preset/9\", \"id\": \"x\"}"))
                .hasMessageContaining("format 'netlab-preset/9' is not supported");
        assertThatThrownBy(() -> parse("{\"format\": \"netlab-preset/1\", \"id\": \"x\", \"seed\": "))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessageContaining("a preset is a JSON object");
        assertThatThrownBy(() -> parse("{\"format\": \"netlab-preset/1\", \"id\": \"Bad Id\"}"))
                .hasMessageContaining("must be lower-case letters");
        byte[] huge = new byte[PresetParser.MAX_BYTES + 1];
        assertThatThrownBy(() -> parser.parse("huge.json", huge)).hasMessageContaining("too big");
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> parse(deep)).hasMessageContaining("not valid JSON");
    }
}
