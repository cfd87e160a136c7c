package netlab.ui.bench;

/** {@code host:port}, with brackets around an IPv6 host, as the engine writes addresses. */
final class Addresses {
    private Addresses() {
    }

    static String of(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
