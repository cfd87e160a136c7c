package netlab.ui.timeline;

import javafx.scene.paint.Color;
import netlab.ui.theme.Theme;

/** The canvas's colours, for the light and the dark theme (a canvas does not see the stylesheets). */
record Palette(Color background, Color stripe, Color grid, Color text, Color muted, Color write, Color read,
               Color log, Color error, Color state, Color step, Color paused, Color arrowOut, Color arrowBack,
               Color lagOk, Color lagBad, Color focus) {

    static Palette of(Theme theme) {
        return theme == Theme.DARK
                ? new Palette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#30363d"), Color.web("#e6edf3"),
                Color.web("#8b949e"), Color.web("#fb923c"), Color.web("#60a5fa"), Color.web("#c9d1d9"), Color.web("#f85149"),
                Color.web("#3fb950"), Color.web("#a371f7"), Color.web("#d29922"), Color.web("#fb923c", 0.85),
                Color.web("#60a5fa", 0.85), Color.web("#3fb950"), Color.web("#f85149"), Color.web("#f0f6fc"))
                : new Palette(Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#d0d7de"), Color.web("#1f2328"),
                Color.web("#656d76"), Color.web("#c2410c"), Color.web("#1d4ed8"), Color.web("#24292f"), Color.web("#cf222e"),
                Color.web("#1a7f37"), Color.web("#8250df"), Color.web("#9a6700"), Color.web("#c2410c", 0.8),
                Color.web("#1d4ed8", 0.8), Color.web("#1a7f37"), Color.web("#cf222e"), Color.web("#0969da"));
    }
}
