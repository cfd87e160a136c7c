package netlab.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks: AtlantaFX's Primer theme for the controls, and our variant for chunk colours. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), "/netlab/css/netlab-light.css"),
    DARK(new PrimerDark().getUserAgentStylesheet(), "/netlab/css/netlab-dark.css");

    /** Shared rules of both variants, in order: layout, fonts, pane text; then the other views. */
    public static final java.util.List<String> BASE_STYLESHEETS = java.util.List.of("/netlab/css/netlab.css", "/netlab/css/netlab-views.css");

    private final String userAgentStylesheet;
    private final String variantStylesheet;

    Theme(String userAgentStylesheet, String variantStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.variantStylesheet = variantStylesheet;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** Resource path of this variant's stylesheet. */
    public String variantStylesheet() {
        return variantStylesheet;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
