package netlab.ui.load;

/** Where a load run goes: a server of the bench (by its endpoint id) or any host and port. */
record LoadTarget(String label, String host, int port) {
    @Override
    public String toString() {
        return label;
    }
}
