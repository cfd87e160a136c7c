package netlab.engine.net;

import netlab.engine.errors.Refusal;

/** Port numbers a person may type, checked with a message that says what is allowed. */
public final class Ports {
    private Ports() {
    }

    /** A port to listen on: 0 (any free port) to 65535. */
    public static int check(int port) {
        if (port < 0 || port > 65535) {
            throw Refusal.PORT.refuse(port);
        }
        return port;
    }

    /** A port to connect to: 1 to 65535. */
    public static int checkConnect(int port) {
        if (port < 1 || port > 65535) {
            throw Refusal.CONNECT_PORT.refuse(port);
        }
        return port;
    }
}
