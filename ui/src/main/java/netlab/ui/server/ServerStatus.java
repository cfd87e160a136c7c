package netlab.ui.server;

import java.util.Locale;

import netlab.engine.lab.EndpointState;

/** The server card's state line. */
public enum ServerStatus {
    NONE, STARTING, LISTENING, STOPPING, STOPPED, FAILED;

    static ServerStatus of(EndpointState state) {
        return switch (state) {
            case STARTING -> STARTING;
            case RUNNING -> LISTENING;
            case STOPPING -> STOPPING;
            case STOPPED, FINISHED -> STOPPED;
            case FAILED -> FAILED;
        };
    }

    /** A new server may be started. */
    public boolean isIdle() {
        return this == NONE || this == STOPPED || this == FAILED;
    }

    public String messageKey() {
        return "server.status." + name().toLowerCase(Locale.ROOT);
    }
}
