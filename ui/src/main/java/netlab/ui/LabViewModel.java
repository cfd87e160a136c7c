package netlab.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import netlab.engine.bench.Endpoint;
import netlab.engine.bench.Lab;
import netlab.engine.event.LabEvent;
import netlab.ui.client.ClientCardModel;
import netlab.ui.i18n.I18n;
import netlab.ui.panes.LineFormatter;
import netlab.ui.panes.PanesModel;
import netlab.ui.server.ServerCardModel;
import netlab.ui.status.StatusModel;
import netlab.ui.theme.Theme;

/**
 * The window's state, without a single node: the bench cards, the panes, the status figures and
 * the theme. Everything here lives on the UI thread; events arrive through {@link #accept} one
 * frame's batch at a time.
 */
public final class LabViewModel {
    private final Lab lab;
    private final I18n i18n;
    private final ServerCardModel server;
    private final ClientCardModel client;
    private final PanesModel panes;
    private final StatusModel status = new StatusModel();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    /**
     * @param ui where engine completions are brought back to: {@code Platform::runLater} in the
     *           window, a test's own queue elsewhere
     */
    public LabViewModel(Lab lab, I18n i18n, Executor ui, PanesModel panes) {
        this.lab = lab;
        this.i18n = i18n;
        this.server = new ServerCardModel(lab, ui);
        this.client = new ClientCardModel(lab, ui);
        this.panes = panes;
        server.listeningPortProperty().addListener((obs, old, now) -> client.serverListening(now.intValue()));
    }

    public LabViewModel(Lab lab, Locale locale, Executor ui) {
        this(lab, new I18n(locale), ui);
    }

    private LabViewModel(Lab lab, I18n i18n, Executor ui) {
        this(lab, i18n, ui, new PanesModel(new LineFormatter(i18n)));
    }

    /** One frame's events. */
    public void accept(List<LabEvent> batch, int backlog) {
        for (LabEvent e : batch) {
            status.accept(e);
            server.accept(e);
            client.accept(e);
            panes.accept(e);
        }
        panes.commit();
        status.commit(backlog);
    }

    public void clearPanes() {
        panes.clear();
    }

    /** Stops an endpoint of the lab; its pane shows how it ended. Unknown ids are ignored. */
    public void stopEndpoint(String endpointId) {
        Endpoint endpoint = lab.endpoint(endpointId);
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public I18n i18n() {
        return i18n;
    }

    /** The lab this window shows (its loop for the scheduler view and the lag gauge). */
    public Lab lab() {
        return lab;
    }

    public ServerCardModel server() {
        return server;
    }

    public ClientCardModel client() {
        return client;
    }

    public PanesModel panes() {
        return panes;
    }

    public StatusModel status() {
        return status;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
