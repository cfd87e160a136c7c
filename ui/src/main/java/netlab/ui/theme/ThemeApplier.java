package netlab.ui.theme;

import java.net.URL;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Parent;

/**
 * Puts a theme on screen: AtlantaFX as the user-agent stylesheet (for every window of the
 * application), our stylesheets on the window's root, so that the root can also be shown in a
 * test's own scene.
 */
public final class ThemeApplier {
    private final Parent root;

    public ThemeApplier(Parent root) {
        this.root = root;
    }

    public void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        List<String> sheets = new java.util.ArrayList<>(Theme.BASE_STYLESHEETS.stream().map(ThemeApplier::url).toList());
        sheets.add(url(theme.variantStylesheet()));
        root.getStylesheets().setAll(sheets);
    }

    private static String url(String resource) {
        URL url = ThemeApplier.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the resources jar: " + resource);
        }
        return url.toExternalForm();
    }
}
