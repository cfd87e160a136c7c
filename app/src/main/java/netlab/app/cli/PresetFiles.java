package netlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import netlab.app.preset.PresetException;
import netlab.app.preset.PresetParser;
import netlab.engine.preset.Preset;

/**
 * A preset read from a file a person names ({@code ./netlab run my-echo.json}). It is data only,
 * parsed as the bundled ones are; what is wrong with it is a usage error that names the file and
 * the field. At most {@link PresetParser#MAX_BYTES} (and one more, to tell) are ever read.
 */
final class PresetFiles {
    private PresetFiles() {
    }

    /** A path rather than an id: ids never hold a slash or end in .json. */
    static boolean looksLikeFile(String arg) {
        return arg.contains("/") || arg.endsWith(".json");
    }

    static Preset load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("no preset file " + file + (Files.isDirectory(file) ? " (it is a directory)" : ""));
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > PresetParser.MAX_BYTES) {
                throw new CliException(file + ": " + size + " bytes is too big for a preset (at most " + PresetParser.MAX_BYTES + ")");
            }
            content = in.readNBytes(PresetParser.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
        try {
            return new PresetParser().parse(file.toString(), content);
        } catch (PresetException e) {
            throw new CliException(e.getMessage());
        }
    }
}
