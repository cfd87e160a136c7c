package netlab.ui.lab;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import netlab.ui.client.ClientCardModel;
import netlab.ui.interactive.InteractiveClientModel;
import netlab.ui.server.ServerCardModel;
import netlab.ui.settings.Settings;
import netlab.ui.theme.Theme;

/** Restores what was typed and chosen last time in the window's forms, and keeps what is chosen now. */
final class FormMemory {
    private final Settings settings;

    FormMemory(Settings settings) {
        this.settings = settings;
    }

    void theme(ObjectProperty<Theme> theme) {
        theme.set("dark".equals(settings.get("theme", "light")) ? Theme.DARK : Theme.LIGHT);
        theme.addListener((obs, old, now) -> settings.put("theme", now == Theme.DARK ? "dark" : "light"));
    }

    void forms(ServerCardModel server, ClientCardModel client, InteractiveClientModel interactive) {
        restore("server-host", server.hostProperty());
        restore("server-port", server.portProperty());
        restore("server-read-size", server.readSizeProperty());
        restore("client-host", client.hostProperty());
        restore("client-read-size", client.readSizeProperty());
        restore("client-pause", client.pauseMillisProperty());
        restore("interactive-host", interactive.hostProperty());
        // a port typed by hand is kept; one that followed the server is not
        String typedPort = settings.get("client-port", null);
        if (typedPort != null) {
            client.portProperty().set(typedPort);
        }
        client.portProperty().addListener((obs, old, now) -> {
            if (!client.followServerProperty().get()) {
                settings.put("client-port", now);
            }
        });
        client.followServerProperty().addListener((obs, old, now) -> {
            if (now) {
                settings.put("client-port", null);
            }
        });
        client.halfCloseProperty().set(settings.getBoolean("client-half-close", true));
        client.halfCloseProperty().addListener((obs, old, now) -> settings.putBoolean("client-half-close", now));
    }

    private void restore(String key, StringProperty property) {
        String saved = settings.get(key, null);
        if (saved != null) {
            property.set(saved);
        }
        property.addListener((obs, old, now) -> settings.put(key, now));
    }
}
