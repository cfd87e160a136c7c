package netlab.engine.subprocess;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import netlab.engine.stream.StreamReader;

/**
 * A child process to run: its arguments (a list, handed to the system as they are, never through
 * a shell unless {@link #shell} asks for one), where its standard streams go, its working
 * directory and extra environment, and the read limit of its stream readers.
 *
 * @param argv  the program and its arguments
 * @param cwd   working directory; null for the lab's
 * @param env   variables added to (or replacing) the lab's environment
 * @param limit the StreamReader limit of stdout and stderr in the stream form (64 KiB by default)
 */
public record ProcessSpec(List<String> argv, Redirect stdin, Redirect stdout, Redirect stderr, Path cwd,
                          Map<String, String> env, int limit) {
    public ProcessSpec {
        Objects.requireNonNull(argv, "argv");
        argv = List.copyOf(argv);
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new IllegalArgumentException("a command needs a program to run");
        }
        for (String arg : argv) {
            if (arg.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("embedded null byte in argument " + CommandLine.quote(arg.replace('\0', '?')));
            }
        }
        stdin = stdin == null ? Redirect.PIPE : stdin;
        stdout = stdout == null ? Redirect.PIPE : stdout;
        stderr = stderr == null ? Redirect.PIPE : stderr;
        if (stdin == Redirect.STDOUT || stdout == Redirect.STDOUT) {
            throw new IllegalArgumentException("STDOUT is a choice for stderr only");
        }
        env = Map.copyOf(env == null ? Map.of() : env);
        if (limit <= 0) {
            throw new IllegalArgumentException("the read limit must be positive, was " + limit);
        }
    }

    /** {@code subprocess_exec(program, *args)}: every stream a pipe. */
    public static ProcessSpec exec(String program, String... args) {
        return exec(prepend(program, args));
    }

    public static ProcessSpec exec(List<String> argv) {
        return new ProcessSpec(argv, Redirect.PIPE, Redirect.PIPE, Redirect.PIPE, null, Map.of(), StreamReader.DEFAULT_LIMIT);
    }

    /** {@code subprocess_shell(command)}: {@code /bin/sh -c command}, only when a shell is what the person chose. */
    public static ProcessSpec shell(String command) {
        return exec("/bin/sh", "-c", command);
    }

    public ProcessSpec withStdin(Redirect r) {
        return new ProcessSpec(argv, r, stdout, stderr, cwd, env, limit);
    }

    public ProcessSpec withStdout(Redirect r) {
        return new ProcessSpec(argv, stdin, r, stderr, cwd, env, limit);
    }

    public ProcessSpec withStderr(Redirect r) {
        return new ProcessSpec(argv, stdin, stdout, r, cwd, env, limit);
    }

    public ProcessSpec withCwd(Path dir) {
        return new ProcessSpec(argv, stdin, stdout, stderr, dir, env, limit);
    }

    public ProcessSpec withEnv(Map<String, String> vars) {
        return new ProcessSpec(argv, stdin, stdout, stderr, cwd, vars, limit);
    }

    public ProcessSpec withLimit(int bytes) {
        return new ProcessSpec(argv, stdin, stdout, stderr, cwd, env, bytes);
    }

    /** The command as a person would type it. */
    public String display() {
        return CommandLine.display(argv);
    }

    private static List<String> prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }
}
