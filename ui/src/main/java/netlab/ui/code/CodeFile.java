package netlab.ui.code;

import java.util.Objects;

/**
 * A source file shown beside a run: the seed's Python, or the Java NetLab runs for it.
 *
 * @param id       how marks refer to it, e.g. {@code server.py}
 * @param title    what its tab says, e.g. {@code asyncio_echo_server_coroutine.py}
 * @param language {@code python} or {@code java}
 * @param text     the source
 */
public record CodeFile(String id, String title, String language, String text) {
    public CodeFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? id : title;
        language = language == null ? "" : language;
    }

    public boolean isPython() {
        return "python".equals(language);
    }

    public int lineCount() {
        return (int) text.lines().count();
    }
}
