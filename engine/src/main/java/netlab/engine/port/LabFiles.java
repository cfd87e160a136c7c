package netlab.engine.port;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import netlab.engine.event.LabEvent;
import netlab.engine.pcap.PcapExport;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.engine.record.Recording;
import netlab.engine.rules.RuleSet;
import netlab.engine.script.Script;
import netlab.engine.workspace.Workspace;

/**
 * Files a front end reads and writes, given to it by the application: every call returns at once
 * and does its I/O on a thread of its own; the future fails with the reason (an
 * {@link java.io.IOException} or a {@link netlab.engine.record.RecordingException}), which the
 * caller must show: nothing here is dropped.
 */
public interface LabFiles {
    /** Writes {@code content} as UTF-8, replacing the file. */
    CompletableFuture<Void> writeText(Path file, String content);

    /** Reads a recording, strictly and within its bounds (a damaged file opens with what it has and says what is wrong). */
    CompletableFuture<Recording> readRecording(Path file);

    /** Writes one connection of {@code events} as pcap. */
    CompletableFuture<PcapExport.Result> exportPcap(List<LabEvent> events, Instant labStarted, String connection, Path file);

    /** Writes one connection of the recording in {@code recording} as pcap (a recording keeps every byte). */
    CompletableFuture<PcapExport.Result> exportPcap(Path recording, String connection, Path file);

    /** Reads a workspace; fails with a {@link netlab.engine.files.FileProblem} (file, line, field) or a newer version's reason. */
    CompletableFuture<Workspace> readWorkspace(Path file);

    /** Writes a workspace, replacing the file. */
    CompletableFuture<Void> writeWorkspace(Path file, Workspace workspace);

    /** Reads a rules file (for a server's form); fails with a {@link netlab.engine.files.FileProblem}. */
    CompletableFuture<RuleSet> readRules(Path file);

    /** Reads a client script (for the window to run step by step); fails with a {@link netlab.engine.files.FileProblem}. */
    CompletableFuture<Script> readScript(Path file);

    /**
     * Saves {@code questions} as the questions of preset {@code presetId}: a teacher's own copy of
     * it, kept beside the built-in presets and opened instead of it from then on. The future gives
     * the preset as saved (read back), or fails with why: a question the preset format refuses
     * (nothing is written then), or the disk's reason. A lab that keeps no user presets refuses.
     */
    default CompletableFuture<Preset> savePresetQuestions(String presetId, List<Question> questions) {
        return CompletableFuture.failedFuture(new java.io.IOException("this lab keeps no presets of its own: '" + presetId + "' cannot be saved"));
    }

    /** What saves a preset's questions where the application keeps user presets (it knows the file format; the engine does not). */
    @FunctionalInterface
    interface PresetSaver {
        /** Writes them and returns the preset as read back; I/O, called off the FX thread. */
        Preset save(String presetId, List<Question> questions) throws java.io.IOException;
    }
}
