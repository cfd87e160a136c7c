package netlab.engine.stream;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.ConnectionResetError;
import netlab.engine.errors.IncompleteReadError;
import netlab.engine.errors.LimitOverrunError;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.testing.OnLoop;
import netlab.engine.transport.Transport;
import netlab.engine.transport.WaterMarks;

/**
 * Replays a scenario against NetLab's {@link StreamReader} exactly as
 * {@code /cpython/stream_reader_cases.py} replays it against CPython's, and prints the result
 * line in the same format, so the two can be compared character for character.
 */
final class ReaderScenario {
    private static final HexFormat HEX = HexFormat.of();

    private ReaderScenario() {
    }

    static String run(EventLoop loop, String scenario) {
        List<String[]> ops = new ArrayList<>();
        for (String op : scenario.split(" ; ")) {
            ops.add(op.trim().split(" "));
        }
        int limit = StreamReader.DEFAULT_LIMIT;
        if (ops.get(0)[0].equals("limit")) {
            limit = Integer.parseInt(ops.remove(0)[1]);
        }
        int readerLimit = limit;
        ReadSwitch sw = new ReadSwitch();
        StreamReader reader = OnLoop.call(loop, () -> {
            StreamReader r = new StreamReader(loop, readerLimit);
            r.setTransport(sw);
            return r;
        });
        Map<String, LoopFuture<Bytes>> reads = new TreeMap<>();
        List<String> out = new ArrayList<>();
        List<String[]> group = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            String[] op = ops.get(i);
            switch (op[0]) {
                case "feed", "eof", "exc" -> group.add(op);
                case "start" -> reads.put(op[1], OnLoop.call(loop, () -> start(reader, op)));
                case "cancel" -> OnLoop.run(loop, () -> reads.get(op[1]).cancel());
                case "state" -> out.add(OnLoop.call(loop, () -> state(reader, sw)));
                default -> throw new IllegalArgumentException("unknown op " + op[0]);
            }
            boolean feeding = !group.isEmpty();
            boolean nextFeeds = i + 1 < ops.size() && List.of("feed", "eof", "exc").contains(ops.get(i + 1)[0]);
            if (feeding && !nextFeeds) {
                // the chunks of one group arrive back to back, with no loop iteration between them
                List<String[]> chunks = List.copyOf(group);
                group.clear();
                OnLoop.run(loop, () -> chunks.forEach(c -> feed(reader, c)));
            }
            if (!(feeding && nextFeeds)) {
                OnLoop.settle(loop);
            }
        }
        reads.forEach((name, f) -> {
            out.add(name + "=" + outcome(f));
            OnLoop.run(loop, f::cancel);
        });
        out.add(OnLoop.call(loop, () -> state(reader, sw)));
        return String.join(" ", out);
    }

    private static void feed(StreamReader reader, String[] op) {
        switch (op[0]) {
            case "feed" -> reader.feedData(Bytes.wrap(HEX.parseHex(op[1])));
            case "eof" -> reader.feedEof();
            default -> reader.setException(new ConnectionResetError(0, "reset", null));
        }
    }

    private static LoopFuture<Bytes> start(StreamReader reader, String[] op) {
        return switch (op[2]) {
            case "read" -> reader.read(Integer.parseInt(op[3]));
            case "readexactly" -> reader.readexactly(Integer.parseInt(op[3]));
            case "readuntil" -> reader.readuntil(op[3].equals("-") ? Bytes.EMPTY : Bytes.wrap(HEX.parseHex(op[3])));
            case "readline" -> reader.readline();
            default -> throw new IllegalArgumentException("unknown read " + op[2]);
        };
    }

    private static String state(StreamReader reader, ReadSwitch sw) {
        return "[buffer=" + reader.bufferedSize() + " at_eof=" + py(reader.atEof()) + " paused=" + py(!sw.reading) + "]";
    }

    private static String outcome(LoopFuture<Bytes> f) {
        if (!f.done()) {
            return "pending";
        }
        if (f.cancelled()) {
            return "cancelled";
        }
        Throwable e = f.exception();
        if (e == null) {
            return "ok:" + f.result().hex();
        }
        if (e instanceof IncompleteReadError ire) {
            return "IncompleteReadError:" + ire.partial().hex() + ":" + (ire.expected() == null ? "None" : ire.expected());
        }
        if (e instanceof LimitOverrunError lo) {
            return "LimitOverrunError:" + lo.consumed() + ":" + lo.getMessage();
        }
        return PyErrors.typeName(e) + ":" + PyErrors.message(e);
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    /** The transport side of flow control as the reader sees it: reading or paused. */
    static final class ReadSwitch implements Transport {
        boolean reading = true;

        @Override
        public void pauseReading() {
            reading = false;
        }

        @Override
        public void resumeReading() {
            reading = true;
        }

        @Override
        public boolean isReading() {
            return reading;
        }

        @Override
        public void write(Bytes data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeEof() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean canWriteEof() {
            return false;
        }

        @Override
        public void close() {
        }

        @Override
        public void abort() {
        }

        @Override
        public boolean isClosing() {
            return false;
        }

        @Override
        public long getWriteBufferSize() {
            return 0;
        }

        @Override
        public WaterMarks getWriteBufferLimits() {
            return WaterMarks.DEFAULT;
        }

        @Override
        public void setWriteBufferLimits(WaterMarks limits) {
        }

        @Override
        public Address peername() {
            return null;
        }

        @Override
        public Address sockname() {
            return null;
        }

        @Override
        public Object getExtraInfo(String name) {
            return null;
        }

        @Override
        public Origin origin() {
            return null;
        }
    }
}
