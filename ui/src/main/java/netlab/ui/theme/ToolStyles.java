package netlab.ui.theme;

import java.net.URL;

/** The stylesheet of the loop tools (gauge, scheduler, command window); it uses the theme's colours. */
public final class ToolStyles {
    public static final String RESOURCE = "/netlab/css/netlab-tools.css";

    private ToolStyles() {
    }

    public static String url() {
        URL url = ToolStyles.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("stylesheet missing from the resources jar: " + RESOURCE);
        }
        return url.toExternalForm();
    }
}
