package netlab.engine.classroom.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the student page the class server serves, by path ({@code /}, {@code /class.js}):
 * plain HTML, CSS and JavaScript shipped with NetLab, nothing fetched from elsewhere.
 */
public record StudentPage(Map<String, File> files) {
    /** One file: its bytes and its Content-Type. */
    public record File(String contentType, byte[] bytes) {
    }

    /** Where the page lives on the class path (the resources module). */
    public static final String BASE = "netlab/class/";

    public StudentPage {
        files = Map.copyOf(files);
    }

    /** {@code index.html} (served at {@code /}), {@code class.css}, {@code class.js} from {@link #BASE}. */
    public static StudentPage fromClassPath(ClassLoader loader) {
        Map<String, File> files = new LinkedHashMap<>();
        files.put("/", read(loader, "index.html", "text/html; charset=utf-8"));
        files.put("/class.css", read(loader, "class.css", "text/css; charset=utf-8"));
        files.put("/class.js", read(loader, "class.js", "text/javascript; charset=utf-8"));
        return new StudentPage(files);
    }

    private static File read(ClassLoader loader, String name, String type) {
        try (InputStream in = loader.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the student page is missing: " + BASE + name + " is not on the class path");
            }
            return new File(type, in.readNBytes(1 << 20));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BASE + name + ": " + e.getMessage(), e);
        }
    }

    Optional<File> file(String path) {
        return Optional.ofNullable(files.get(path.equals("/index.html") ? "/" : path));
    }
}
