package netlab.engine.port.disk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import netlab.engine.rules.RuleSet;
import netlab.engine.rules.RulesFile;
import netlab.engine.script.Script;
import netlab.engine.script.ScriptFile;
import netlab.engine.workspace.Workspace;
import netlab.engine.workspace.WorkspaceFile;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import netlab.engine.event.LabEvent;
import netlab.engine.pcap.PcapExport;
import netlab.engine.port.LabFiles;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingException;
import netlab.engine.record.RecordingReader;

/**
 * The file port on this machine's disk: one thread of its own does the I/O, one file at a time,
 * in the order asked. Close it to let the thread go.
 */
public final class DiskFiles implements LabFiles, AutoCloseable {
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "netlab-files");
        t.setDaemon(true);
        return t;
    });
    /** Where edited questions are saved; null: nowhere (a lab without user presets). */
    private final PresetSaver presets;

    /** A file port that keeps no user presets. */
    public DiskFiles() {
        this(null);
    }

    /** A file port that saves presets' edited questions through {@code presets} (the app's user presets). */
    public DiskFiles(PresetSaver presets) {
        this.presets = presets;
    }

    @FunctionalInterface
    private interface Io<T> {
        T run() throws IOException, RecordingException;
    }

    private <T> CompletableFuture<T> submit(Io<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RecordingException e) {
                throw new CompletionException(e);
            }
        }, io).exceptionallyCompose(error -> CompletableFuture.failedFuture(cause(error)));
    }

    /** The I/O's own exception, not the wrappers it travelled in. */
    private static Throwable cause(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public CompletableFuture<Void> writeText(Path file, String content) {
        return submit(() -> {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return null;
        });
    }

    @Override
    public CompletableFuture<Preset> savePresetQuestions(String presetId, List<Question> questions) {
        if (presets == null) {
            return LabFiles.super.savePresetQuestions(presetId, questions);
        }
        List<Question> copy = List.copyOf(questions);
        return submit(() -> presets.save(presetId, copy));
    }

    @Override
    public CompletableFuture<Recording> readRecording(Path file) {
        return submit(() -> new RecordingReader().read(file));
    }

    @Override
    public CompletableFuture<PcapExport.Result> exportPcap(List<LabEvent> events, Instant labStarted, String connection, Path file) {
        List<LabEvent> copy = List.copyOf(events);
        return submit(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                return PcapExport.write(copy, connection, labStarted, out);
            }
        });
    }

    @Override
    public CompletableFuture<PcapExport.Result> exportPcap(Path recording, String connection, Path file) {
        return submit(() -> {
            Recording r = new RecordingReader().read(recording);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                return PcapExport.write(r.events(), connection, r.header().labStarted(), out);
            }
        });
    }

    @Override
    public CompletableFuture<Workspace> readWorkspace(Path file) {
        return submit(() -> WorkspaceFile.read(file));
    }

    @Override
    public CompletableFuture<Void> writeWorkspace(Path file, Workspace workspace) {
        String json = WorkspaceFile.toJson(workspace);
        return writeText(file, json);
    }

    @Override
    public CompletableFuture<RuleSet> readRules(Path file) {
        return submit(() -> RulesFile.read(file));
    }

    @Override
    public CompletableFuture<Script> readScript(Path file) {
        return submit(() -> ScriptFile.read(file));
    }

    @Override
    public void close() {
        io.shutdown();
    }
}
