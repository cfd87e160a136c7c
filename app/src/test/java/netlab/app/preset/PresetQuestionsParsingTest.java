package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import netlab.engine.event.EventKind;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.engine.preset.TeachingMoment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preset's questions: read strictly with messages naming the field, written back the same, saved as user presets. */
class PresetQuestionsParsingTest {
    @TempDir
    Path dir;

    private static final String CHOICE = """
            {"id": "reads", "moment": {"before": {"role": "server", "kind": "data_received"}},
             "prompt": {"en": "How many reads?", "zh": "几次？"}, "choices": ["one", "two"], "answer": "B", "why": "Because."}""";

    private static Preset parse(String questions) {
        String json = """
                {"format": "netlab-preset/1", "id": "x", "seed": "000", "title": "T", "summary": "S", "explanation": [],
                 "servers": [{"name": "srv", "port": 0}], "clients": [], "questions": %s}
                """.formatted(questions);
        return new PresetParser().parse("q.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsChoicesNumbersAndMoments() {
        Preset p = parse("[" + CHOICE + ", " + """
                {"id": "lines", "moment": {"before": {"role": "client", "kind": "log", "text": "^b'"}, "occurrence": 2},
                 "prompt": "How many lines?", "answer": 4, "why": "Four were written."}]""");
        Question reads = p.questions().get(0);
        assertThat(reads.prompt().get(Locale.SIMPLIFIED_CHINESE)).isEqualTo("几次？");
        assertThat(reads.key()).isInstanceOf(AnswerKey.Choice.class);
        assertThat(reads.key().right()).isEqualTo("B");
        assertThat(reads.moment().before().role()).isEqualTo(Role.SERVER);
        assertThat(reads.moment().before().kind()).isEqualTo(EventKind.DATA_RECEIVED);
        assertThat(reads.moment().occurrence()).isEqualTo(1);
        Question lines = p.questions().get(1);
        assertThat(lines.key()).isEqualTo(new AnswerKey.WholeNumber(4));
        assertThat(lines.moment().describe()).isEqualTo("before the 2nd client log, text ~ /^b'/");
        assertThat(parse("[]").questions()).isEmpty();
    }

    @Test
    void namesWhatIsWrongWithAQuestion() {
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"B\"", "\"E\"") + "]"))
                .hasMessageContaining("q.json").hasMessageContaining("questions[0].answer: 'E' is not one of the choices A..B");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("data_received", "data_recieved") + "]"))
                .hasMessageContaining("questions[0].moment.before.kind: unknown event kind 'data_recieved'");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"server\"", "\"teacher\"") + "]"))
                .hasMessageContaining("questions[0].moment.before.role: unknown side 'teacher'");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"before\": {\"role\": \"server\", \"kind\": \"data_received\"}", "\"before\": {}") + "]"))
                .hasMessageContaining("questions[0].moment.before: matches every event");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"kind\": \"data_received\"", "\"text\": \"([\"") + "]"))
                .hasMessageContaining("questions[0].moment.before.text: not a regular expression");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"choices\": [\"one\", \"two\"], ", "") + "]"))
                .hasMessageContaining("questions[0].answer: without choices the answer is a whole number, was \"B\"");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("[\"one\", \"two\"]", "[\"one\"]") + "]"))
                .hasMessageContaining("questions[0].choices: 2 to 6 choices, not 1");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"prompt\"", "\"promt\"") + "]"))
                .hasMessageContaining("questions[0].promt: unknown field");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"moment\": {\"before\": {\"role\": \"server\", \"kind\": \"data_received\"}},", "") + "]"))
                .hasMessageContaining("questions[0].moment: missing");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"reads\"", "\"Reads!\"") + "]"))
                .hasMessageContaining("question id 'Reads!' must be lower-case");
        assertThatThrownBy(() -> parse("[" + CHOICE + ", " + CHOICE + "]"))
                .hasMessageContaining("questions[1].id: 'reads' is the id of questions[0] too");
        assertThatThrownBy(() -> parse("[" + String.join(", ", CHOICE, CHOICE.replace("reads", "a"), CHOICE.replace("reads", "b"),
                CHOICE.replace("reads", "c")) + "]")).hasMessageContaining("questions: at most 3 questions, this preset has 4");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"Because.\"", "\"" + "x".repeat(401) + "\"") + "]"))
                .hasMessageContaining("why (en) is 401 characters, at most 400");
        assertThatThrownBy(() -> parse("[" + CHOICE.replace("\"occurrence\"", "\"x\"").replace("}},", "}, \"occurrence\": 0},") + "]"))
                .hasMessageContaining("occurrence must be 1..10000, was 0");
    }

    @Test
    void aTeachersQuestionsAreSavedAsAUserPresetAndOpenedFromThen() throws Exception {
        UserPresets user = new UserPresets(dir.resolve("presets"));
        PresetLibrary library = PresetLibrary.loadWith(user);
        Preset builtIn = library.find("stream-echo").orElseThrow();
        Question mine = new Question("mine", new LocalizedText(java.util.Map.of("en", "Does the server see EOF?", "zh", "服务器看到 EOF 吗？")),
                new AnswerKey.Choice(List.of(LocalizedText.english("yes"), LocalizedText.english("no")), 0),
                LocalizedText.english("The client half-closes."), builtIn.questions().get(1).moment());
        List<Question> edited = new ArrayList<>(builtIn.questions().subList(0, 1));
        edited.add(mine);
        Preset saved = library.saveQuestions("stream-echo", edited);
        assertThat(saved.questions()).extracting(Question::id).containsExactly("reads", "mine");
        assertThat(saved.servers()).isEqualTo(builtIn.servers());
        assertThat(saved.clients()).isEqualTo(builtIn.clients());
        assertThat(library.isUserPreset("stream-echo")).isTrue();
        assertThat(Files.readString(dir.resolve("presets/stream-echo.json"))).contains("\"id\" : \"mine\"", "服务器看到 EOF 吗？");

        PresetLibrary again = PresetLibrary.loadWith(user);
        assertThat(again.problems()).isEmpty();
        Preset reopened = again.find("stream-echo").orElseThrow();
        assertThat(reopened.questions()).extracting(Question::id).containsExactly("reads", "mine");
        assertThat(reopened.questions().get(1).moment().describe()).isEqualTo(builtIn.questions().get(1).moment().describe());
        assertThat(again.find("stream-lines").orElseThrow().questions()).isEqualTo(library.find("stream-lines").orElseThrow().questions());

        // an edit that would break the file is refused and nothing changes on disk
        String before = Files.readString(dir.resolve("presets/stream-echo.json"));
        List<Question> four = List.of(mine, rename(mine, "b"), rename(mine, "c"), rename(mine, "d"));
        assertThatThrownBy(() -> again.saveQuestions("stream-echo", four)).isInstanceOf(PresetException.class)
                .hasMessageContaining("at most 3 questions");
        assertThat(Files.readString(dir.resolve("presets/stream-echo.json"))).isEqualTo(before);
    }

    @Test
    void aBrokenUserPresetIsReportedAndTheBuiltInOneStays() throws Exception {
        Files.createDirectories(dir.resolve("presets"));
        Files.writeString(dir.resolve("presets/stream-echo.json"), "{\"format\": \"netlab-preset/1\", \"id\": \"stream-echo\"");
        Files.writeString(dir.resolve("presets/other.json"), "{\"format\": \"netlab-preset/1\", \"id\": \"not-other\", \"seed\": \"0\","
                + " \"title\": \"t\", \"summary\": \"s\"}");
        PresetLibrary library = PresetLibrary.loadWith(new UserPresets(dir.resolve("presets")));
        assertThat(library.problems()).anyMatch(p -> p.contains("stream-echo.json") && p.contains("not valid JSON"))
                .anyMatch(p -> p.contains("other.json: its id is 'not-other'"));
        assertThat(library.isUserPreset("stream-echo")).isFalse();
        assertThat(library.find("stream-echo").orElseThrow().questions()).hasSize(2);
    }

    private static Question rename(Question q, String id) {
        return new Question(id, q.prompt(), q.key(), q.why(), q.moment());
    }

    @Test
    void theDefaultUserDirectoryFollowsTheEnvironment() {
        assertThat(UserPresets.defaultDirectory().toString()).endsWith("presets");
        assertThat(TeachingMoment.MAX_OCCURRENCE).isEqualTo(10_000);
    }
}
