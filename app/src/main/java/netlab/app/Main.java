package netlab.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import netlab.app.cli.NetlabCommand;
import netlab.app.preset.PresetLibrary;
import netlab.app.preset.UserPresets;

/** {@code ./netlab}: reads the command line and runs the GUI or a headless command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // a teacher's own presets (edited questions) beside the built-in ones
        PresetLibrary library = PresetLibrary.bundledWith(new UserPresets(UserPresets.defaultDirectory()));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = NetlabCommand.create(library, (java.nio.file.Path recording) -> GuiLauncher.launch(library, err, recording), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
