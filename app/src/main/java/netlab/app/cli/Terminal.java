package netlab.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The controlling terminal, through {@code stty} on {@code /dev/tty}: Java reads a terminal only
 * line by line (the kernel's canonical mode), so for keystrokes the mode is switched off and put
 * back afterwards.
 */
final class Terminal {
    /** The settings to restore, as {@code stty -g} prints them. */
    record Mode(String settings) {
    }

    private Terminal() {
    }

    /** Whether this process's stdin is a terminal ({@code [ -t 0 ]} run with the same stdin). */
    static boolean stdinIsTerminal() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "[ -t 0 ]").redirectInput(ProcessBuilder.Redirect.INHERIT).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether this process's stdout is a terminal ({@code [ -t 1 ]} run with the same stdout). */
    static boolean stdoutIsTerminal() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "[ -t 1 ]").redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Non-canonical, no echo, one byte at a time; returns the mode to restore, or null if stty failed. */
    static Mode characterMode() {
        String saved = stty("-g");
        if (saved == null || stty("-icanon -echo min 1 time 0") == null) {
            return null;
        }
        Mode mode = new Mode(saved.strip());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> restore(mode)));
        return mode;
    }

    static void restore(Mode mode) {
        if (mode != null) {
            stty(mode.settings());
        }
    }

    private static String stty(String args) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty " + args + " < /dev/tty").redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
