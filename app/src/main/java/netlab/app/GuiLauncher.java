package netlab.app;

import netlab.app.preset.PresetLibrary;

/** Opens the lab window. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(PresetLibrary library) {
        System.err.println("netlab: the lab window is not wired in yet; use a subcommand (./netlab --help)");
    }
}
