package netlab.engine.bytes;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * An immutable sequence of bytes, the Java counterpart of Python's {@code bytes}.
 *
 * <p>The engine copies each read off the socket once into a {@code Bytes}; the protocol, the
 * stream reader and the event that reports the read then share that one copy, which is safe
 * because nobody can change it. Slices share the array too.
 */
public final class Bytes implements Comparable<Bytes> {
    public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

    private final byte[] array;
    private final int offset;
    private final int length;
    private int hash;

    private Bytes(byte[] array, int offset, int length) {
        this.array = array;
        this.offset = offset;
        this.length = length;
    }

    /** A copy of {@code data}. */
    public static Bytes of(byte... data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone(), 0, data.length);
    }

    /** A copy of {@code data[from, from + length)}. */
    public static Bytes of(byte[] data, int from, int length) {
        return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(data, from, from + length), 0, length);
    }

    /** The UTF-8 encoding of {@code text}. */
    public static Bytes utf8(String text) {
        return wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The Latin-1 encoding of {@code text}: each char below 256 becomes the byte of that value. */
    public static Bytes latin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("not a Latin-1 character at index " + i + ": " + text.charAt(i));
            }
        }
        return wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Takes ownership of {@code data} without copying: the caller must never change it again. */
    public static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data, 0, data.length);
    }

    public static Bytes concat(List<Bytes> parts) {
        int total = 0;
        for (Bytes part : parts) {
            total = Math.addExact(total, part.length);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        byte[] out = new byte[total];
        int at = 0;
        for (Bytes part : parts) {
            System.arraycopy(part.array, part.offset, out, at, part.length);
            at += part.length;
        }
        return wrap(out);
    }

    public Bytes concat(Bytes other) {
        if (other.length == 0) {
            return this;
        }
        if (length == 0) {
            return other;
        }
        return concat(List.of(this, other));
    }

    public int size() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    public byte byteAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return array[offset + index];
    }

    /** Bytes {@code [from, to)}, sharing this array. */
    public Bytes slice(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of " + length);
        }
        if (from == 0 && to == length) {
            return this;
        }
        return from == to ? EMPTY : new Bytes(array, offset + from, to - from);
    }

    public Bytes slice(int from) {
        return slice(from, length);
    }

    /** Index of the first occurrence of {@code needle} at or after {@code from}, or -1. */
    public int indexOf(Bytes needle, int from) {
        if (needle.length == 0) {
            // as Python's find: an empty needle is found at any index up to the end, not past it
            int at = Math.max(from, 0);
            return at <= length ? at : -1;
        }
        int last = length - needle.length;
        outer:
        for (int i = Math.max(from, 0); i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (array[offset + i + j] != needle.array[needle.offset + j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public int indexOf(byte b, int from) {
        for (int i = Math.max(from, 0); i < length; i++) {
            if (array[offset + i] == b) {
                return i;
            }
        }
        return -1;
    }

    public boolean startsWith(Bytes prefix) {
        return prefix.length <= length && Arrays.equals(array, offset, offset + prefix.length,
                prefix.array, prefix.offset, prefix.offset + prefix.length);
    }

    public boolean endsWith(Bytes suffix) {
        return suffix.length <= length && Arrays.equals(array, offset + length - suffix.length, offset + length,
                suffix.array, suffix.offset, suffix.offset + suffix.length);
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** The backing array when this covers all of it, else a copy: for handing to a writer that will not change it. */
    public byte[] unsafeArray() {
        return offset == 0 && length == array.length ? array : toByteArray();
    }

    /** Offset of these bytes within {@link #unsafeBackingArray()}. */
    public int unsafeOffset() {
        return offset;
    }

    /** The shared backing array, for zero-copy wrapping by the transport; never to be modified. */
    public byte[] unsafeBackingArray() {
        return array;
    }

    public String decode(Charset charset) {
        return new String(array, offset, length, charset);
    }

    public String utf8() {
        return decode(StandardCharsets.UTF_8);
    }

    /** Python's {@code repr(bytes)}: {@code b'It will be sent '}. */
    public String repr() {
        return PyRepr.bytes(array, offset, length);
    }

    /** Lower-case hex digits, two per byte, no separators. */
    public String hex() {
        return HexFormat.of().formatHex(array, offset, offset + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(array, offset, offset + length, b.array, b.offset, b.offset + b.length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && length > 0) {
            h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + array[i];
            }
            hash = h;
        }
        return h;
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(array, offset, offset + length, o.array, o.offset, o.offset + o.length);
    }

    /** The Python literal, so that a log line reads as the seed's does. */
    @Override
    public String toString() {
        return repr();
    }
}
