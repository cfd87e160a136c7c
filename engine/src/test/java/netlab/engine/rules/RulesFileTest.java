package netlab.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

import netlab.engine.bytes.Bytes;
import netlab.engine.files.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules files: read strictly (file, line, field named), written back the same, templates and framings. */
class RulesFileTest {
    @TempDir
    Path dir;

    private RuleSet read(String json) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, json);
        return RulesFile.read(file);
    }

    private FileProblem problem(String json) {
        return (FileProblem) org.assertj.core.api.Assertions.catchThrowable(() -> read(json));
    }

    @Test
    void theShippedExampleReadsAndAnswersPingWithPong() throws Exception {
        RuleSet rules = RulesFile.read(Path.of("../examples/ping-pong.rules.json"));
        assertThat(rules.framing()).isEqualTo(new Framing.Lines());
        Responder responder = new Responder(rules);
        assertThat(responder.answer(Bytes.utf8("PING 42"), "p").orElseThrow().reply().utf8()).isEqualTo("PONG 42\n");
        assertThat(responder.answer(Bytes.utf8("BYE now"), "p").orElseThrow().rule().then()).isEqualTo(Rule.After.CLOSE);
    }

    @Test
    void theYamlExampleIsTheSameRulesAndAYamlMistakeNamesItsLine() throws Exception {
        assertThat(RulesFile.read(Path.of("../examples/ping-pong.rules.yaml")))
                .isEqualTo(RulesFile.read(Path.of("../examples/ping-pong.rules.json")));
        Path yaml = dir.resolve("r.yaml");
        Files.writeString(yaml, "rules:\n  - match: {equals: a}\n    reply: 'x {{nope}}'\n");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> RulesFile.read(yaml)))
                .hasMessageStartingWith(yaml + ":3: rules[0].reply: unknown macro {{nope}}");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        RuleSet rules = RulesFile.read(Path.of("../examples/ping-pong.rules.json"));
        assertThat(read(RulesFile.toJson(rules))).isEqualTo(rules);
    }

    @Test
    void eachMistakeNamesItsLineAndField() {
        FileProblem regex = problem("{\"rules\": [\n{\"match\": {\"equals\": \"a\"}},\n{\"match\": {\"regex\": \"(a\"}}]}");
        assertThat(regex.line()).isEqualTo(3);
        assertThat(regex.field()).isEqualTo("rules[1].match.regex");
        assertThat(regex.reason()).isEqualTo("invalid regex at character 3: Unclosed group in (a");

        FileProblem macro = problem("{\"rules\": [{\"match\": {\"equals\": \"a\"},\n \"reply\": \"x {{nope}}\"}]}");
        assertThat(macro.getMessage()).endsWith(":2: rules[0].reply: unknown macro {{nope}} at character 3; known: "
                + Template.MACROS);

        assertThat(problem("{\"rules\": [{\"match\": {\"equals\": \"a\"}, \"rpely\": \"b\"}]}").field()).isEqualTo("rules[0].rpely");
        assertThat(problem("{\"rules\": [{\"match\": {\"equals\": \"a\", \"regex\": \"b\"}}]}").reason())
                .isEqualTo("give exactly one of equals, starts-with, contains, regex; found [equals, regex]");
        assertThat(problem("{\"rules\": [{\"match\": {\"equals\": \"zz\", \"as\": \"hex\"}}]}").field()).isEqualTo("rules[0].match.equals");
        assertThat(problem("{\"framing\": \"length:3\", \"rules\": [{\"match\": {\"equals\": \"a\"}}]}").reason())
                .isEqualTo("a length header is 1, 2 or 4 bytes, not 3");
        assertThat(problem("{\"version\": 2, \"rules\": []}").reason()).contains("newer NetLab");
        assertThat(problem("{\"rules\": []}").reason()).isEqualTo("no rules: give at least one");
        assertThat(problem("{\"rules\": [{\"match\": {\"equals\": \"a\"}, \"delay_ms\": -1}]}").reason()).isEqualTo("-1 is out of range 0..3600000");
        assertThat(problem("{\"rules\": [\n").line()).isEqualTo(2);
    }

    @Test
    void macrosExpandEachTime() {
        Template t = new Template(netlab.engine.bytes.ByteInput.Mode.ESCAPED, "{{date}}T{{time}} #{{counter}} {{peer}} [{{1}}] {{random:10}}\\n");
        LocalDateTime now = LocalDateTime.of(2026, 12, 6, 23, 5, 9);
        String out = t.render(new Template.Context(List.of("PING 4", "4"), "127.0.0.1:5", 3, now, new SplittableRandom(1)))
                .decode(StandardCharsets.UTF_8);
        assertThat(out).matches("2026-12-06T23:05:09 #3 127\\.0\\.0\\.1:5 \\[4\\] \\d\n");
        assertThat(Template.text("{{unixtime}}").render(new Template.Context(List.of(), "", 1, now, new SplittableRandom())).utf8())
                .isEqualTo(Long.toString(now.atZone(java.time.ZoneId.systemDefault()).toEpochSecond()));
        assertThatThrownBy(() -> Template.text("{{random:0}}")).hasMessageContaining("random needs a whole number above 0");
        assertThatThrownBy(() -> Template.text("a {{1")).hasMessage("macro at character 3 has no closing }}");
    }

    @Test
    void framingsCutMessagesHoweverTheBytesCame() {
        Framing.Splitter lines = new Framing.Lines().splitter();
        assertThat(lines.feed(Bytes.utf8("a\r\nb"))).containsExactly(Bytes.utf8("a"));
        assertThat(lines.feed(Bytes.utf8("c\n\n"))).containsExactly(Bytes.utf8("bc"), Bytes.EMPTY);
        Framing.Splitter fixed = new Framing.Fixed(3).splitter();
        assertThat(fixed.feed(Bytes.utf8("abcdefg"))).containsExactly(Bytes.utf8("abc"), Bytes.utf8("def"));
        assertThat(fixed.rest()).isEqualTo(Bytes.utf8("g"));
        Framing.Splitter delim = Framing.byId("delimiter:\\r\\n").splitter();
        assertThat(delim.feed(Bytes.utf8("x\r"))).isEmpty();
        assertThat(delim.feed(Bytes.utf8("\ny"))).containsExactly(Bytes.utf8("x"));
        Framing.Splitter length = Framing.byId("length:1").splitter();
        assertThat(length.feed(Bytes.of((byte) 2, (byte) 'h'))).isEmpty();
        assertThat(length.feed(Bytes.of((byte) 'i', (byte) 0))).containsExactly(Bytes.utf8("hi"), Bytes.EMPTY);
        assertThat(Framing.byId("read").splitter().feed(Bytes.utf8("a\nb"))).containsExactly(Bytes.utf8("a\nb"));
        assertThatThrownBy(() -> Framing.byId("frames")).hasMessage("unknown framing 'frames'");
    }
}
