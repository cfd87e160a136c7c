package netlab.ui.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.subprocess.CommandLine;
import netlab.engine.subprocess.ProcessSpec;

/**
 * "Run a command": a command line (split into arguments without a shell unless the shell box is
 * ticked), the child's stdout and stderr as they arrive, a line of stdin at a time, EOF, Stop and
 * the exit status. The output comes from the lab's event stream (this model's own bounded
 * subscription), read once per frame by {@link #pump()}. UI thread only.
 */
public final class CommandModel implements AutoCloseable {
    /** Events read per frame at most. */
    static final int EVENTS_PER_FRAME = 2_000;

    /** Where the output goes: text with a style ({@code stdout}, {@code stderr}, {@code stdin}, {@code note}). */
    public interface Output {
        void append(String text, String style);

        void clear();
    }

    /** What the status line says, and how it looks. */
    public record Status(String key, Object[] args, String style) {
    }

    private final Lab lab;
    private final Executor ui;
    private final EventSubscription events;
    private final StringProperty commandLine = new SimpleStringProperty("");
    private final StringProperty stdinLine = new SimpleStringProperty("");
    private final BooleanProperty shell = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(new Status("command.status.idle", new Object[0], null));
    private final List<LabEvent> batch = new ArrayList<>();
    /** Events of a command that is starting, kept until its endpoint id is known. */
    private final List<LabEvent> early = new ArrayList<>();
    private final StreamDecoder[] decoders = {null, new StreamDecoder(), new StreamDecoder()};
    private Output output = new Output() {
        @Override
        public void append(String text, String style) {
        }

        @Override
        public void clear() {
        }
    };
    private ProcessEndpoint endpoint;
    private boolean starting;

    public CommandModel(Lab lab, Executor ui) {
        this.lab = lab;
        this.ui = ui;
        this.events = lab.events().subscribe("command", 8_192);
    }

    public void output(Output sink) {
        this.output = sink;
    }

    /** Runs the command line; a second run waits for the first to end. */
    public void run() {
        if (running.get() || starting) {
            return;
        }
        String line = commandLine.get().strip();
        ProcessSpec spec;
        try {
            spec = shell.get() ? ProcessSpec.shell(line) : ProcessSpec.exec(CommandLine.split(line));
        } catch (IllegalArgumentException e) {
            status.set(new Status("command.status.invalid", new Object[] {e.getMessage()}, "exit-failed"));
            return;
        }
        starting = true;
        early.clear();
        decoders[1] = new StreamDecoder();
        decoders[2] = new StreamDecoder();
        output.append("$ " + (shell.get() ? "sh -c " + line : spec.display()) + "\n", "note");
        status.set(new Status("command.status.starting", new Object[0], null));
        lab.startProcess(spec, ProcessEndpoint.DEFAULT_GRACE).toCompletableFuture().whenComplete((ep, error) -> ui.execute(() -> {
            starting = false;
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
                status.set(new Status("command.status.cannotRun", new Object[] {PyErrors.typeName(cause) + ": " + PyErrors.message(cause)},
                        "exit-failed"));
                early.clear();
                return;
            }
            endpoint = ep;
            running.set(true);
            status.set(new Status("command.status.running", new Object[] {Long.toString(ep.pid())}, null));
            List<LabEvent> held = new ArrayList<>(early);
            early.clear();
            held.forEach(this::handle);
        }));
    }

    /** Sends the stdin line and a newline to the child; shows it in the output. */
    public void send() {
        if (endpoint == null || !running.get()) {
            return;
        }
        String text = stdinLine.get() + "\n";
        endpoint.write(Bytes.utf8(text));
        output.append(text, "stdin");
        stdinLine.set("");
    }

    /** Closes the child's stdin: it reads EOF. */
    public void closeStdin() {
        if (endpoint != null && running.get()) {
            endpoint.closeStdin();
            output.append("^D\n", "note");
        }
    }

    /** Stops the child: SIGTERM, and SIGKILL after the grace. */
    public void stop() {
        if (endpoint != null && running.get()) {
            endpoint.stop();
            status.set(new Status("command.status.stopping", new Object[0], null));
        }
    }

    public void clear() {
        output.clear();
    }

    /** One frame: the events that came for this command. */
    public int pump() {
        batch.clear();
        int n = events.drainTo(batch, EVENTS_PER_FRAME);
        for (LabEvent e : batch) {
            if (e.kind() == EventKind.ELIDED) {
                if (running.get() || starting) {
                    output.append("[" + e.describe() + "]\n", "note");
                }
            } else if (endpoint != null && e.origin().endpoint().equals(endpoint.id())) {
                handle(e);
            } else if (starting && e.origin().endpoint().startsWith("process-")) {
                early.add(e);
            }
        }
        batch.clear();
        return n;
    }

    private void handle(LabEvent e) {
        if (endpoint == null || !e.origin().endpoint().equals(endpoint.id())) {
            return;
        }
        switch (e.kind()) {
            case PIPE_DATA_RECEIVED -> {
                int fd = e.text().equals("2") ? 2 : 1;
                output.append(decoders[fd].decode(e.data()), fd == 1 ? "stdout" : "stderr");
            }
            case PIPE_CONNECTION_LOST -> {
                int fd = e.text().equals("2") ? 2 : e.text().equals("1") ? 1 : 0;
                if (fd > 0) {
                    String rest = decoders[fd].finish();
                    if (!rest.isEmpty()) {
                        output.append(rest, fd == 1 ? "stdout" : "stderr");
                    }
                }
            }
            case ERROR -> output.append(e.toLogLine() + "\n", "note");
            case PROCESS_EXITED -> {
                long code = e.amount();
                running.set(false);
                if (code < 0) {
                    status.set(new Status("command.status.killed", new Object[] {signalName((int) -code), Long.toString(code)}, "exit-failed"));
                } else {
                    status.set(new Status("command.status.exited", new Object[] {Long.toString(code)}, code == 0 ? "exit-ok" : "exit-failed"));
                }
            }
            default -> {
                // starts, writes and states are not shown as output
            }
        }
    }

    static String signalName(int n) {
        return switch (n) {
            case 1 -> "SIGHUP";
            case 2 -> "SIGINT";
            case 9 -> "SIGKILL";
            case 13 -> "SIGPIPE";
            case 15 -> "SIGTERM";
            default -> "signal " + n;
        };
    }

    public StringProperty commandLineProperty() {
        return commandLine;
    }

    public StringProperty stdinLineProperty() {
        return stdinLine;
    }

    public BooleanProperty shellProperty() {
        return shell;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    /** The running (or last) command, or null. */
    public ProcessEndpoint endpoint() {
        return endpoint;
    }

    /** Stops the child if it still runs and ends the subscription. */
    @Override
    public void close() {
        if (endpoint != null && running.get()) {
            endpoint.stop();
        }
        events.close();
    }

    /** The grace Stop gives a child between SIGTERM and SIGKILL. */
    public static Duration grace() {
        return ProcessEndpoint.DEFAULT_GRACE;
    }
}
