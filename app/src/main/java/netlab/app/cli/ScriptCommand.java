package netlab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import netlab.engine.bytes.Bytes;
import netlab.engine.script.Script;
import netlab.engine.script.ScriptFile;
import netlab.engine.script.ScriptListener;
import netlab.engine.script.ScriptResult;
import netlab.engine.script.ScriptRunner;
import netlab.engine.script.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "script", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a client script (JSON): connect, send, expect, wait, half-close, close, repeat.",
                "Exit status 0 when every step passed; 1 with the step that failed and what arrived instead",
                "(for CI); 2 when the file is wrong (its line and field named)."})
final class ScriptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The script file.")
    Path file;

    @Option(names = "--to", paramLabel = "HOST:PORT", description = "Connect here instead of the script's \"to\".")
    String to;

    @Option(names = {"-q", "--quiet"}, description = "Print only the outcome, not each step and each read and write.")
    boolean quiet;

    @Override
    public Integer call() {
        Script script;
        try {
            script = ScriptFile.read(file);
            if (to != null) {
                script = script.withTarget(ScriptFile.hostPort(to));
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        ScriptResult result = new ScriptRunner(script, new Printer(out, quiet)).run();
        out.flush();
        if (result.ok()) {
            out.println("script: " + result.describe());
            out.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("netlab script: " + file + ": " + result.describe());
        err.flush();
        return ExitCodes.FAILED;
    }

    /** Each step and each read and write as a log line ({@code script: step 2 passed: send ...}). */
    private record Printer(PrintWriter out, boolean quiet) implements ScriptListener {
        @Override
        public void step(String number, Step step, Status status, String detail) {
            if (quiet || status == Status.RUNNING) {
                return;
            }
            out.println("script: step " + number + " " + (status == Status.PASSED ? "passed" : "failed") + ": " + step.describe()
                    + (detail.isEmpty() ? "" : " (" + detail + ")"));
            out.flush();
        }

        @Override
        public void sent(Bytes data) {
            if (!quiet) {
                out.println("script: sent " + data.repr());
            }
        }

        @Override
        public void received(Bytes data) {
            if (!quiet) {
                out.println("script: received " + data.repr());
            }
        }
    }
}
