package netlab.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import netlab.engine.lab.EndpointState;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.ui.panes.PaneState;
import netlab.ui.server.ServerStatus;
import org.junit.jupiter.api.Test;

/** Both languages say everything the code asks for, and every message is a valid pattern. */
class BundlesTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z_]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/netlab/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3, 4});
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.remove(I18n.BUNDLE);
        used.removeIf(k -> k.startsWith("toolbar.theme") && k.equals("toolbar.theme"));
        for (PaneState s : PaneState.values()) {
            used.add(s.messageKey());
        }
        for (ServerStatus s : ServerStatus.values()) {
            used.add(s.messageKey());
        }
        for (EndpointState s : EndpointState.values()) {
            used.add("endpoint.state." + s.label());
        }
        for (Mode m : Mode.values()) {
            String k = "parts.mode." + m.name().toLowerCase(Locale.ROOT);
            used.add(k);
            used.add(k + ".tooltip");
        }
        for (String variant : new String[] {"dark", "light"}) {
            used.add("toolbar.theme." + variant);
            used.add("toolbar.theme." + variant + ".tooltip");
        }
        // keys the lab builds from its enums and registries
        for (netlab.ui.lab.LabView.Side side : netlab.ui.lab.LabView.Side.values()) {
            used.add("side." + side.name().toLowerCase(Locale.ROOT));
            used.add("side." + side.name().toLowerCase(Locale.ROOT) + ".tooltip");
        }
        for (netlab.ui.panes.BytesView v : netlab.ui.panes.BytesView.values()) {
            used.add(v.messageKey());
            used.add(v.messageKey() + ".tooltip");
        }
        for (netlab.ui.library.RunStatus s : netlab.ui.library.RunStatus.values()) {
            used.add(s.messageKey());
        }
        for (netlab.ui.bench.EndpointKind k : netlab.ui.bench.EndpointKinds.all()) {
            used.add(k.groupKey());
            used.add(k.groupKey() + ".about");
        }
        used.add(netlab.ui.bench.EndpointKinds.other().groupKey() + ".about");
        for (netlab.engine.classroom.ClassNotice n : netlab.engine.classroom.ClassNotice.values()) {
            used.add("class.notice." + n.name().toLowerCase(Locale.ROOT));
        }
        for (String k : new String[] {"timeline.fit", "timeline.follow", "inspector.showPane", "inspector.showChunks",
                "bench.restart", "bench.duplicate"}) {
            used.add(k + ".tooltip");
        }
        // a Python exception's name, not a message
        used.remove("socket.gaierror");
        // a system property's name, not a message
        used.remove("java.io.tmpdir");
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    /** The class server's notices: the English window says what the console prints, the Chinese one says it in Chinese. */
    @Test
    void classNoticesReadInEnglishAsTheConsolePrintsThem() {
        I18n en = new I18n(Locale.ENGLISH);
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        java.util.List<String> args = java.util.List.of("Grace", "10.0.0.7", "Ada");
        for (netlab.engine.classroom.ClassNotice n : netlab.engine.classroom.ClassNotice.values()) {
            String key = "class.notice." + n.name().toLowerCase(Locale.ROOT);
            assertThat(en.get(key, args.toArray())).as(key).isEqualTo(n.english(args));
            assertThat(zh.get(key, args.toArray())).as(key).isNotEqualTo(n.english(args)).doesNotContain("!");
        }
    }

    @Test
    void aMissingKeyShowsInsteadOfFailing() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(i18n.get("status.seen", 1234)).isEqualTo("Events: 1,234");
    }

    @Test
    void theLanguageChangesAtRunTime() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var title = i18n.text("server.title");
        assertThat(title.get()).isEqualTo("Echo server");
        i18n.localeProperty().set(Locale.SIMPLIFIED_CHINESE);
        assertThat(title.get()).isEqualTo("回显服务端");
    }
}
