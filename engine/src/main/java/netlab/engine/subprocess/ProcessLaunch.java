package netlab.engine.subprocess;

import java.io.IOException;

import netlab.engine.errors.FileNotFoundError;
import netlab.engine.errors.OSError;
import netlab.engine.errors.PermissionError;

/**
 * How a {@link ProcessSpec} becomes a child process: the JDK's {@link ProcessBuilder} with its
 * streams redirected as asyncio's {@code stdin=}, {@code stdout=}, {@code stderr=} say, and the
 * error Python raises when the program cannot be run.
 */
final class ProcessLaunch {
    private ProcessLaunch() {
    }

    /** The child as {@code spec} says: its program and arguments, directory, environment, and where its streams go. */
    static ProcessBuilder builder(ProcessSpec spec) {
        ProcessBuilder pb = new ProcessBuilder(spec.argv());
        if (spec.cwd() != null) {
            pb.directory(spec.cwd().toFile());
        }
        pb.environment().putAll(spec.env());
        pb.redirectInput(spec.stdin() == Redirect.DEVNULL ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
                : redirect(spec.stdin()));
        pb.redirectOutput(redirect(spec.stdout()));
        if (spec.stderr() == Redirect.STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(redirect(spec.stderr()));
        }
        return pb;
    }

    private static ProcessBuilder.Redirect redirect(Redirect r) {
        return switch (r) {
            case PIPE, STDOUT -> ProcessBuilder.Redirect.PIPE;
            case INHERIT -> ProcessBuilder.Redirect.INHERIT;
            case DEVNULL -> ProcessBuilder.Redirect.DISCARD;
        };
    }

    /** Java says "Cannot run program "x": error=2, No such file or directory"; Python says it as FileNotFoundError. */
    static RuntimeException translate(Throwable t, String program) {
        String m = String.valueOf(t.getMessage());
        // "error=2, No such file..." or, on newer JDKs, "Exec failed, error: 2 (No such file...)"
        java.util.regex.Matcher errno = java.util.regex.Pattern.compile("error[=:] ?(\\d+)").matcher(m);
        int code = t instanceof IOException && errno.find() ? Integer.parseInt(errno.group(1)) : 0;
        if (code == 2) {
            return new FileNotFoundError("No such file or directory: '" + program + "'", t);
        }
        if (code == 13) {
            return new PermissionError("Permission denied: '" + program + "'", t);
        }
        if (t instanceof IOException) {
            return new OSError(0, m, t);
        }
        return t instanceof RuntimeException r ? r : new OSError(0, m, t);
    }
}
