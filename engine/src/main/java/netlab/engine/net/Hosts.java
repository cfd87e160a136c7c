package netlab.engine.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Host names and literals as a person writes them. */
public final class Hosts {
    public static final String LOOPBACK_V4 = "127.0.0.1";

    private Hosts() {
    }

    /** The shortest text for an IP address, as Python and RFC 5952 write it ({@code ::1}, {@code fe80::1%lo}). */
    public static String format(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        Inet6Address v6 = (Inet6Address) address;
        byte[] b = v6.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (b[2 * i] & 0xFF) << 8 | (b[2 * i + 1] & 0xFF);
        }
        // the longest run of two or more zero groups becomes "::" (the first, when runs tie)
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        if (v6.getScopeId() != 0 || v6.getScopedInterface() != null) {
            out.append('%').append(v6.getScopedInterface() != null ? v6.getScopedInterface().getName() : v6.getScopeId());
        }
        return out.toString();
    }

    /** A host as typed, without the brackets an IPv6 literal may come in ({@code [::1]} is {@code ::1}). */
    public static String unbracket(String host) {
        String h = host.strip();
        if (h.length() >= 2 && h.charAt(0) == '[' && h.charAt(h.length() - 1) == ']') {
            return h.substring(1, h.length() - 1);
        }
        return h;
    }

    /** Whether binding here listens beyond this machine (the wildcard addresses). */
    public static boolean isAllInterfaces(String host) {
        String h = unbracket(host);
        return h.isEmpty() || h.equals("0.0.0.0") || h.equals("::") || h.equals("*");
    }
}
