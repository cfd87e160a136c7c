package netlab.perf.compare;

/** One cell of the comparison: a server, a message size, a connection count, what the client measured, and the server's CPU. */
record Measurement(String server, int size, int connections, double rps, double mibPerSecond, double p50Micros,
                   double p99Micros, double serverCpuSeconds, long requests, long errors, long mismatches) {

    /** Server CPU time per request, in microseconds. */
    double cpuMicrosPerRequest() {
        return requests == 0 ? Double.NaN : serverCpuSeconds * 1e6 / requests;
    }
}
