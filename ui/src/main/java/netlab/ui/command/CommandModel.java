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
import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.ui.views.LabSubscriber;
import netlab.engine.port.EndpointInfo;
import netlab.engine.port.LabCommands;
import netlab.engine.subprocess.CommandLine;
import netlab.engine.subprocess.ProcessSpec;

/**
 * "Run a command": a command line (split into arguments without a shell unless the shell box is
 * ticked), the child's stdout and stderr as they arrive, a line of stdin at a time, EOF, Stop and
 * the exit status. The output comes from the window's events: the model is a subscriber while its
 * window is open. UI thread only.
 */
public final class CommandModel implements LabSubscriber, AutoCloseable {

    /** Where the output goes: text with a style ({@code stdout}, {@code stderr}, {@code stdin}, {@code note}). */
    public interface Output {
        void append(String text, String style);

        void clear();
    }

    /** What the status line says, and how it looks. */
    public record Status(String key, Object[] args, String style) {
    }

    private final LabCommands commands;
    private final Executor ui;
    private final StringProperty commandLine = new SimpleStringProperty("");
    private final StringProperty stdinLine = new SimpleStringProperty("");
    private final BooleanProperty shell = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(new Status("command.status.idle", new Object[0], null));
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
    /** The running (or last) command's endpoint id; null before the first. */
    private String endpoint;
    private boolean starting;

    private final netlab.ui.events.EventWords words;

    public CommandModel(LabCommands commands, Executor ui) {
        this(commands, ui, new netlab.ui.i18n.I18n(java.util.Locale.ENGLISH));
    }

    /** @param i18n the language the lab's own notes in the output (errors, elided events) are said in */
    public CommandModel(LabCommands commands, Executor ui, netlab.ui.i18n.I18n i18n) {
        this.commands = commands;
        this.ui = ui;
        this.words = new netlab.ui.events.EventWords(i18n);
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
        commands.startProcess(spec).whenComplete((started, error) -> ui.execute(() -> {
            starting = false;
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
                status.set(new Status("command.status.cannotRun", new Object[] {PyErrors.typeName(cause) + ": " + PyErrors.message(cause)},
                        "exit-failed"));
                early.clear();
                return;
            }
            endpoint = started.endpointId();
            running.set(true);
            status.set(new Status("command.status.running", new Object[] {Long.toString(pid())}, null));
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
        commands.send(endpoint, Bytes.utf8(text));
        output.append(text, "stdin");
        stdinLine.set("");
    }

    /** Closes the child's stdin: it reads EOF. */
    public void closeStdin() {
        if (endpoint != null && running.get()) {
            commands.writeEof(endpoint);
            output.append("^D\n", "note");
        }
    }

    /** Stops the child: SIGTERM, and SIGKILL after the grace. */
    public void stop() {
        if (endpoint != null && running.get()) {
            commands.stop(endpoint);
            status.set(new Status("command.status.stopping", new Object[0], null));
        }
    }

    public void clear() {
        output.clear();
    }

    /** One event of the window's: those of this command are its output. */
    @Override
    public void accept(LabEvent e) {
        if (e.kind() == EventKind.ELIDED) {
            if (running.get() || starting) {
                output.append("[" + words.describe(e) + "]\n", "note");
            }
        } else if (endpoint != null && e.origin().endpoint().equals(endpoint)) {
            handle(e);
        } else if (starting && e.origin().endpoint().startsWith("process-")) {
            early.add(e);
        }
    }

    private void handle(LabEvent e) {
        if (endpoint == null || !e.origin().endpoint().equals(endpoint)) {
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
            case ERROR -> output.append(words.logLine(e) + "\n", "note");
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

    /** The running (or last) command's endpoint id, or null. */
    public String endpointId() {
        return endpoint;
    }

    /** The running (or last) command's process id; 0 when the lab no longer knows it. */
    public long pid() {
        return endpoint == null ? 0 : commands.endpoint(endpoint).map(EndpointInfo::pid).orElse(0L);
    }

    /** Stops the child if it still runs. */
    @Override
    public void close() {
        if (endpoint != null && running.get()) {
            commands.stop(endpoint);
        }
    }

    /** The grace Stop gives a child between SIGTERM and SIGKILL. */
    public static Duration grace() {
        return LabCommands.PROCESS_STOP_GRACE;
    }
}
