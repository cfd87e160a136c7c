package netlab.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import netlab.app.cli.NetlabCommand;
import netlab.app.preset.PresetLibrary;

/** {@code ./netlab}: reads the command line and runs the GUI or a headless command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PresetLibrary library = PresetLibrary.bundled();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = NetlabCommand.create(library, (java.nio.file.Path recording) -> GuiLauncher.launch(library, err, recording), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
