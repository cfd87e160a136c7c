package netlab.engine.port;

import java.util.Objects;

import netlab.engine.event.EventSource;

/**
 * The three ports a front end is given, and all it may know of the lab: the events it reads, the
 * commands it sends, and the files it reads and writes.
 */
public record LabPorts(EventSource events, LabCommands commands, LabFiles files) {
    public LabPorts {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(files, "files");
    }
}
