package netlab.ui.views;

import java.nio.file.Path;

/** Opens a recording file in a replay window (the window's service: read off the FX thread, a problem is said). */
@FunctionalInterface
public interface RecordingOpener {
    void open(Path file);
}
