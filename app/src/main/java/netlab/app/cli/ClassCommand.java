package netlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import netlab.app.preset.PresetLibrary;
import netlab.engine.classroom.ClassSession;
import netlab.engine.classroom.ClassSummary;
import netlab.engine.classroom.JoinCode;
import netlab.engine.classroom.MomentGate;
import netlab.engine.classroom.QrMatrix;
import netlab.engine.classroom.StudentCaps;
import netlab.engine.classroom.server.ClassServer;
import netlab.engine.classroom.server.ClassServerOptions;
import netlab.engine.classroom.server.StudentPage;
import netlab.engine.loop.LoopFuture;
import netlab.engine.preset.Preset;
import netlab.engine.preset.PresetRun;
import netlab.engine.preset.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "class", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run a preset with the class taking part: students join from a browser with a code,",
                "predict at each teaching moment, and see the reveal. Prints the URL, the code and a QR code.",
                "Keys: Enter reveals the answer and runs on to the next question; q ends the class.",
                "From a pipe, line by line, each in its turn: an empty line or 'reveal' goes on, 'wait N' waits for",
                "N answers, 'drop NAME' closes that student's own connections to the lab's servers, 'q' ends;",
                "the end of the input ends the class."})
final class ClassCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", defaultValue = "stream-echo", paramLabel = "ID|FILE",
            description = "The preset whose questions the class answers (default: ${DEFAULT-VALUE}), or a preset file.")
    String presetId;

    @Option(names = "--host", defaultValue = ClassServerOptions.LOOPBACK,
            description = "Interface the student page listens on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for the class's network).")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "Port of the student page (default: a free one).")
    int port;

    @Option(names = "--lab-port", paramLabel = "N", description = "Port of the preset's (first) server instead of its own; 0 picks a free one.")
    Integer labPort;

    @Option(names = "--student-connections", defaultValue = "8", paramLabel = "N",
            description = "Connections each student's own clients (nc, telnet, a script from the address their page joined from) may have open to the lab's servers (default: ${DEFAULT-VALUE}).")
    int studentConnections;

    @Option(names = "--student-bytes", defaultValue = "1048576", paramLabel = "N",
            description = "Bytes each student's own clients may send to the lab's servers in the whole class (default: ${DEFAULT-VALUE}).")
    long studentBytes;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the summary (counts per question and answer, no names) as CSV here at the end.")
    Path csv;

    @Option(names = "--qr", defaultValue = "auto", paramLabel = "ansi|text|none",
            description = "How to print the QR code of the URL (default: ansi on a terminal, text otherwise).")
    String qr;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh", description = "Language of the questions in the terminal.")
    String lang;

    @Option(names = {"-v", "--verbose"}, description = "Print every event of the run, not only the log lines.")
    boolean verbose;

    private final PresetLibrary library;

    ClassCommand(PresetLibrary library) {
        this.library = library;
    }

    @Override
    public Integer call() throws Exception {
        Preset preset = PresetFiles.looksLikeFile(presetId) ? PresetFiles.load(Path.of(presetId))
                : library.find(presetId).orElseThrow(() -> new CliException("unknown preset '" + presetId + "'; known: " + String.join(", ", library.ids())));
        if (preset.questions().isEmpty()) {
            throw new CliException("preset '" + preset.id() + "' asks no questions; presets with questions: "
                    + String.join(", ", library.all().stream().filter(p -> !p.questions().isEmpty()).map(Preset::id).toList()));
        }
        if (!qr.matches("auto|ansi|text|none")) {
            throw new CliException("--qr is ansi, text or none, was '" + qr + "'");
        }
        if (labPort != null && (labPort < 0 || labPort > 65535)) {
            throw new CliException("--lab-port must be 0..65535, was " + labPort);
        }
        ClassServerOptions options;
        try {
            options = ClassServerOptions.defaults().withHost(host).withPort(port)
                    .withStudentCaps(new StudentCaps(studentConnections, studentBytes));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = Locale.forLanguageTag(lang);
        BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        ClassSession session = new ClassSession(JoinCode.random(), preset.title().english(), preset.questions());
        ClassServer server;
        try {
            server = ClassServer.start(session, options, StudentPage.fromClassPath(ClassCommand.class.getClassLoader()))
                    .get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            session.end();
            throw new CliException("cannot serve the student page on " + host + ":" + port + ": " + e.getCause().getMessage());
        }
        ClassConsole console = new ClassConsole(out, locale);
        session.subscribe(console::on);
        banner(out, server, session, preset);
        // at a moment the log holds (on the printer's thread), the question opens and is printed right there
        MomentGate gate = new MomentGate(preset.questions(), q -> {
            ask(session, console, q);
            inbox.add(q);
        });
        int status;
        try (Session lab = new Session(out, verbose ? Verbosity.VERBOSE : Verbosity.NORMAL, null, gate)) {
            lab.handleSignals();
            lab.lab().admitGuests(session.connections()); // students' own clients: their panes, their caps
            boolean terminal = Terminal.stdinIsTerminal();
            TeacherKeys.start(System.in, terminal, inbox);
            LoopFuture<PresetRun> started = PresetRun.start(lab.lab(), preset, labPort);
            started.toCompletableFuture().whenComplete((r, e) -> inbox.add(RUN_DONE));
            status = teach(session, lab, gate, started, inbox, console, terminal);
            lab.printer().releaseAll();
            if (started.done() && !started.toCompletableFuture().isCompletedExceptionally()) {
                started.get(Duration.ofSeconds(1)).stop().get(Duration.ofSeconds(10));
            }
            lab.main().debug("closing event loop");
        }
        ClassSummary summary = session.end();
        server.stopped().get(20, TimeUnit.SECONDS);
        console.close();
        out.print(summary.toText());
        if (csv != null) {
            writeCsv(summary, out);
        }
        out.flush();
        return status;
    }

    private static final Object RUN_DONE = new Object();

    /** The class, step by step, until the teacher ends it (or the input does, or a signal). */
    private int teach(ClassSession session, Session lab, MomentGate gate, LoopFuture<PresetRun> started,
                      BlockingQueue<Object> inbox, ClassConsole console, boolean terminal) throws InterruptedException {
        Teaching t = new Teaching(session, lab, gate, console);
        // a script's commands wait for their turn (a reveal for its question); a terminal's keys apply now or not at all
        java.util.ArrayDeque<Object> todo = new java.util.ArrayDeque<>();
        while (true) {
            Object next = inbox.poll(200, TimeUnit.MILLISECONDS);
            if (lab.wasInterrupted()) {
                console.say("interrupted: the class ends");
                return ExitCodes.INTERRUPTED;
            }
            if (next instanceof Question) {
                // a moment came and its question is open: a waiting command may apply now
            } else if (next == RUN_DONE) {
                t.runDone = true;
                if (started.toCompletableFuture().isCompletedExceptionally()) {
                    console.say("the run failed (the log says why); its questions can still be asked");
                }
                t.sayWhatIsLeft();
            } else if (next instanceof String complaint) {
                console.say(complaint);
            } else if (next instanceof TeacherKeys.Drop drop) {
                console.say(dropConnections(session, drop.name())); // at once: it waits for no moment
            } else if (next != null) {
                todo.add(next);
            }
            while (!todo.isEmpty()) {
                Teaching.Done done = t.apply(todo.peek());
                if (done == Teaching.Done.END) {
                    return ExitCodes.OK;
                }
                if (done == Teaching.Done.NOT_YET) {
                    if (terminal) {
                        todo.poll();
                        console.say("the run goes on: the next question comes at its moment");
                    }
                    break;
                }
                todo.poll();
            }
        }
    }

    /** What a command of the teacher does now. */
    private static final class Teaching {
        enum Done { DONE, NOT_YET, END }

        final ClassSession session;
        final Session lab;
        final MomentGate gate;
        final ClassConsole console;
        boolean runDone;

        Teaching(ClassSession session, Session lab, MomentGate gate, ClassConsole console) {
            this.session = session;
            this.lab = lab;
            this.gate = gate;
            this.console = console;
        }

        Done apply(Object command) {
            var now = session.snapshot();
            boolean answering = now.current().isPresent() && !now.revealed();
            if (command == TeacherKeys.Key.END) {
                return Done.END;
            }
            if (command instanceof TeacherKeys.WaitFor w) {
                if (answering) {
                    return now.histogram().answered() >= w.answers() ? Done.DONE : Done.NOT_YET;
                }
                return runDone && gate.pending().isEmpty() && !gate.holding() ? Done.DONE : Done.NOT_YET;
            }
            if (answering) {
                synchronized (console) { // after the question's own lines, whoever printed them
                    session.reveal();
                    var revealed = session.snapshot();
                    console.revealed(revealed.current().orElseThrow(), revealed.histogram());
                }
                lab.printer().release(); // the held step runs: the log goes on to the next moment
                if (runDone) {
                    sayWhatIsLeft();
                }
                return Done.DONE;
            }
            if (gate.holding()) {
                lab.printer().release();
                return Done.DONE;
            }
            if (runDone && !gate.pending().isEmpty()) {
                Question q = gate.pending().get(0);
                console.say("(this run did not reach the moment of '" + q.id() + "': " + q.moment().describe() + ")");
                gate.skip(q);
                ask(session, console, q);
                return Done.DONE;
            }
            return runDone ? Done.END : Done.NOT_YET;
        }

        void sayWhatIsLeft() {
            if (gate.holding() || session.snapshot().current().filter(q -> !session.snapshot().revealed()).isPresent()) {
                return;
            }
            console.say(gate.pending().isEmpty() ? "the run is over: press Enter or q to end the class"
                    : "the run is over before the moment of " + gate.pending().size() + " question(s): Enter asks the next");
        }
    }

    /** {@code drop NAME}: closes the connections of the student who joined as NAME (any case); what was done. */
    private static String dropConnections(ClassSession session, String name) {
        var student = session.snapshot().students().stream().map(s -> s.student())
                .filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        if (student.isEmpty()) {
            return "no student named '" + name + "' joined (drop NAME, as the student typed it)";
        }
        int n = session.dropConnections(student.get().number());
        return n == 1 ? "dropped 1 connection of " + student.get().name() : "dropped " + n + " connections of " + student.get().name();
    }

    /** Opens {@code q} and prints it, in the order of the log around it. */
    private static void ask(ClassSession session, ClassConsole console, Question q) {
        synchronized (console) { // a reveal cannot come between the question and its lines
            session.ask(q.id());
            var now = session.snapshot();
            console.asked(q, now.questions().indexOf(q) + 1, now.questions().size(), now.histogram());
        }
    }

    private void banner(PrintWriter out, ClassServer server, ClassSession session, Preset preset) {
        out.println("class: students open " + server.url() + " and type the code " + session.code().value());
        if (server.beyondThisMachine()) {
            out.println("class: \u26a0 LISTENING BEYOND THIS MACHINE on " + host + " port " + server.address().getPort()
                    + ": anyone on this network can open the page; the code keeps the class to those who see it");
            server.urls().stream().skip(1).forEach(u -> out.println("class: also " + u));
        } else {
            out.println("class: listening on this machine only (" + host + "); --host 0.0.0.0 lets the class's network in");
        }
        String mode = qr.equals("auto") ? (Terminal.stdoutIsTerminal() ? "ansi" : "text") : qr;
        if (!mode.equals("none")) {
            QrMatrix code = QrMatrix.encode(server.joinUrl());
            out.print(mode.equals("ansi") ? code.toAnsi() : code.toText());
            out.println("class: the QR code opens " + server.joinUrl());
        }
        out.println("class: preset " + preset.id() + ", " + preset.questions().size() + " question(s); "
                + "Enter reveals and runs on, q ends the class");
        out.flush();
    }

    private void writeCsv(ClassSummary summary, PrintWriter out) {
        try {
            Path tmp = Files.createTempFile(csv.toAbsolutePath().getParent(), ".netlab-class", ".csv");
            Files.writeString(tmp, summary.toCsv(), StandardCharsets.UTF_8);
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("class: wrote the summary to " + csv);
        } catch (IOException e) {
            spec.commandLine().getErr().println("netlab class: cannot write " + csv + ": " + e.getMessage());
        }
    }
}
