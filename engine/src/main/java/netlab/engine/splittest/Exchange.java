package netlab.engine.splittest;

import java.util.Objects;

import netlab.engine.bytes.Bytes;

/**
 * One exchange of a conversation: what the client sends, and what it should get back for it.
 *
 * @param line where it was written (1-based line of the conversation file; 0 when it came from elsewhere)
 */
public record Exchange(Bytes request, Bytes response, int line) {
    public Exchange {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        if (request.isEmpty()) {
            throw new IllegalArgumentException("an exchange sends at least one byte");
        }
    }
}
