package netlab.engine.experiments;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import netlab.engine.subprocess.CommandLine;

/**
 * The seeds' child processes run {@code sys.executable}, the Python that runs the seed. NetLab
 * runs the machine's {@code python3} when there is one, so the child prints exactly what the seed
 * shows; else the system's {@code date} prints the same format. A preset or a person may name
 * another program ({@code program} parameter).
 */
final class SysExecutable {
    static final String DATE_CODE = "import datetime; print(datetime.datetime.now())";

    private SysExecutable() {
    }

    /** The command that prints the current date as Python's {@code datetime.now()} does. */
    static List<String> printDate(ExperimentContext context) {
        String program = context.param("program", "");
        if (!program.isBlank()) {
            return CommandLine.split(program);
        }
        Optional<String> python = which("python3");
        if (python.isPresent()) {
            return List.of(python.get(), "-c", DATE_CODE);
        }
        return List.of("date", "+%Y-%m-%d %H:%M:%S.%6N");
    }

    static Optional<String> which(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        for (String dir : dirs) {
            File f = new File(dir.isEmpty() ? "." : dir, name);
            if (f.isFile() && f.canExecute()) {
                return Optional.of(f.getAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
