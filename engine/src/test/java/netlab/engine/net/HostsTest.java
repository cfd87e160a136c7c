package netlab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import netlab.engine.testing.Python;
import org.junit.jupiter.api.Test;

class HostsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ipv4IsDottedQuad() throws Exception {
        assertThat(Hosts.format(InetAddress.getByName("127.0.0.1"))).isEqualTo("127.0.0.1");
        assertThat(Hosts.format(InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) 255}))).isEqualTo("10.0.0.255");
    }

    @Test
    void ipv6IsCompressedAsRfc5952Says() throws Exception {
        assertThat(Hosts.format(InetAddress.getByName("::1"))).isEqualTo("::1");
        assertThat(Hosts.format(InetAddress.getByName("::"))).isEqualTo("::");
        assertThat(Hosts.format(InetAddress.getByName("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(Hosts.format(InetAddress.getByName("2001:db8:0:1:1:1:1:1"))).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Hosts.format(InetAddress.getByName("2001:0:0:1:0:0:0:1"))).isEqualTo("2001:0:0:1::1");
        assertThat(Hosts.format(InetAddress.getByName("fe80:0:0:0:0:0:0:0"))).isEqualTo("fe80::");
        assertThat(Hosts.format(Inet6Address.getByAddress(null, HEX.parseHex("fe800000000000000000000000000001"), 3)))
                .isEqualTo("fe80::1%3");
    }

    /** Random addresses rich in zero groups, each formatted as Python's ipaddress does. */
    @Test
    void ipv6MatchesPythonsIpaddress() throws Exception {
        long seed = 99L;
        Random random = new Random(seed);
        List<byte[]> addresses = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            byte[] a = new byte[16];
            for (int g = 0; g < 8; g++) {
                int kind = random.nextInt(4);
                int value = kind < 2 ? 0 : kind == 2 ? random.nextInt(16) : random.nextInt(65536);
                a[2 * g] = (byte) (value >> 8);
                a[2 * g + 1] = (byte) value;
            }
            addresses.add(a);
        }
        // IPv4-mapped and -compatible forms, which Python 3.11 prints in hex groups
        addresses.add(HEX.parseHex("00000000000000000000ffff7f000001"));
        addresses.add(HEX.parseHex("0000000000000000000000007f000001"));
        addresses.add(new byte[16]);
        StringBuilder stdin = new StringBuilder();
        for (byte[] a : addresses) {
            stdin.append(HEX.formatHex(a)).append('\n');
        }
        List<String> expected = Python.script("/cpython/repr_oracle.py", stdin.toString(), "ipv6");
        for (int i = 0; i < addresses.size(); i++) {
            // Inet6Address.getByAddress keeps a mapped address IPv6, as a v6 socket reports it
            InetAddress address = Inet6Address.getByAddress(null, addresses.get(i), -1);
            assertThat(Hosts.format(address)).as("%s (seed %d)", HEX.formatHex(addresses.get(i)), seed)
                    .isEqualTo(expected.get(i));
        }
    }

    @Test
    void bracketsAndWildcards() {
        assertThat(Hosts.unbracket(" [::1] ")).isEqualTo("::1");
        assertThat(Hosts.unbracket("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(Hosts.unbracket("[")).isEqualTo("[");
        assertThat(Hosts.isAllInterfaces("0.0.0.0")).isTrue();
        assertThat(Hosts.isAllInterfaces("[::]")).isTrue();
        assertThat(Hosts.isAllInterfaces("")).isTrue();
        assertThat(Hosts.isAllInterfaces("127.0.0.1")).isFalse();
        assertThat(Hosts.isAllInterfaces("localhost")).isFalse();
    }

    @Test
    void socketAddressesPrintAsPythonTuples() throws Exception {
        Address v4 = Address.of(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 10000));
        assertThat(v4.pyRepr()).isEqualTo("('127.0.0.1', 10000)");
        assertThat(v4.toString()).isEqualTo("127.0.0.1:10000");
        Address v6 = Address.of(new InetSocketAddress(InetAddress.getByName("::1"), 64624));
        assertThat(v6.pyRepr()).isEqualTo("('::1', 64624, 0, 0)");
        assertThat(v6.toString()).isEqualTo("[::1]:64624");
    }
}
