package netlab.engine.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;

/**
 * Puts two seed logs (Python's and NetLab's, say) into a form where they can be compared line by
 * line: what legitimately differs between runs is taken out. That is the peer's port in logger
 * names, port numbers, asyncio's own "Using selector" line, and how TCP split the bytes: each
 * logger's "received b'…'" lines become one line with all their bytes, and so do its "sent" lines.
 */
public final class SeedLines {
    private static final Pattern PEER_LOGGER = Pattern.compile("^echo_[0-9a-f.:]+_\\d+: ");
    private static final Pattern PORT = Pattern.compile("port \\d+");
    private static final Pattern CHUNK = Pattern.compile("^(\\S+): (received|sent) b(['\"])(.*)\\3$");

    private SeedLines() {
    }

    public static List<String> normalize(List<String> lines) {
        Map<String, Bytes> merged = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            if (raw.startsWith("asyncio: Using selector")) {
                continue;
            }
            String line = PORT.matcher(PEER_LOGGER.matcher(raw).replaceFirst("echo_PEER: ")).replaceAll("port P");
            Matcher chunk = CHUNK.matcher(line);
            if (!chunk.matches()) {
                out.add(line);
                continue;
            }
            String key = chunk.group(1) + ": " + chunk.group(2);
            Bytes data = ByteInput.unescape(chunk.group(4));
            if (merged.containsKey(key)) {
                merged.put(key, merged.get(key).concat(data));
            } else {
                merged.put(key, data);
                out.add("\u0000" + key); // where the merged line goes, filled in below
            }
        }
        List<String> result = new ArrayList<>(out.size());
        for (String line : out) {
            result.add(line.startsWith("\u0000") ? line.substring(1) + " " + merged.get(line.substring(1)).repr() : line);
        }
        return result;
    }
}
