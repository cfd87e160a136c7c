package netlab.engine.script;

import netlab.engine.bytes.Bytes;

/** What a running script tells, on its own thread: each step as it starts and ends, each write and read. */
public interface ScriptListener {
    enum Status { RUNNING, PASSED, FAILED }

    /** Step {@code number} ({@code 2}, {@code 3.1.2} in repeats) is running, passed or failed ({@code detail} says how). */
    void step(String number, Step step, Status status, String detail);

    default void sent(Bytes data) {
    }

    default void received(Bytes data) {
    }
}
