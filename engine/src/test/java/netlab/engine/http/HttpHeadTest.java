package netlab.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import netlab.engine.lab.EndpointState;
import netlab.engine.testing.ExperimentRun;
import netlab.engine.testing.ExternalProcess;
import netlab.engine.testing.LabBench;
import netlab.engine.testing.Python;
import netlab.engine.testing.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001 #12, the HTTP header fetcher, against real servers: the lab's own, Python's
 * http.server, and Python's http.server behind TLS with a certificate made by openssl for the
 * test (trusted explicitly, refused when not, accepted with insecure). Where python3 is there,
 * the seed's own program fetches the same headers for comparison.
 */
class HttpHeadTest {
    private static final Duration T = Duration.ofSeconds(30);
    private final LabBench bench = new LabBench();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bench.close();
    }

    private ExperimentRun head(Map<String, String> params) {
        ExperimentRun run = ExperimentRun.start(bench.lab, bench.log, "http-head", params);
        run.await(T);
        return run;
    }

    @Test
    void withoutAUrlItAsksTheLabsOwnServer() {
        ExperimentRun run = head(Map.of());
        assertThat(run.endpoint().state()).as(String.join("\n", run.lines())).isEqualTo(EndpointState.FINISHED);
        List<String> lines = run.lines();
        assertThat(lines.get(0)).isEqualTo("HTTP header> HTTP/1.0 200 OK");
        assertThat(lines).contains("HTTP header> Server: " + LabHttpServer.SERVER, "HTTP header> Content-Type: text/html; charset=utf-8")
                .anyMatch(l -> l.matches("HTTP header> Date: \\w{3}, \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT"))
                .anyMatch(l -> l.matches("HTTP header> Content-Length: \\d+"))
                .allMatch(l -> l.startsWith("HTTP header> "));
    }

    @Test
    void itFetchesTheHeadersOfPythonsHttpServerAsTheSeedDoes() throws Exception {
        Path python = Python.require("to run http.server");
        try (ExternalProcess server = ExternalProcess.start(List.of(python.toString(), "-u", "-m", "http.server", "0",
                "--bind", "127.0.0.1", "--directory", dir.toString()))) {
            String serving = server.awaitLine(l -> l.startsWith("Serving HTTP on"), T);
            String port = serving.replaceAll(".* port (\\d+) .*", "$1");
            String url = "http://127.0.0.1:" + port + "/";
            List<String> lines = head(Map.of("url", url)).lines();
            assertThat(lines.get(0)).isEqualTo("HTTP header> HTTP/1.0 200 OK");
            assertThat(lines).anyMatch(l -> l.startsWith("HTTP header> Server: SimpleHTTP/"));
            List<String> seed = Python.script("/cpython/seeds/http_head.py", "", url);
            assertThat(withoutDate(lines)).isEqualTo(withoutDate(seed));
        }
    }

    @Test
    void httpsWithATrustedCertificateARefusedOneAndInsecure() throws Exception {
        Path python = Python.require("to run an HTTPS server");
        Path openssl = Tools.require("openssl", "to make the test server's certificate");
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        try (ExternalProcess mk = ExternalProcess.start(List.of(openssl.toString(), "req", "-x509", "-newkey", "rsa:2048",
                "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost"))) {
            assertThat(mk.waitFor(T)).as(mk.describe()).isZero();
        }
        try (ExternalProcess server = ExternalProcess.start(List.of(python.toString(), "-u",
                Python.resourceFile("/cpython/https_server.py").toString(), cert.toString(), key.toString()))) {
            String port = server.awaitLine(l -> l.startsWith("port "), T).substring(5);
            String url = "https://localhost:" + port + "/";

            ExperimentRun trusted = head(Map.of("url", url, "cafile", cert.toString()));
            assertThat(trusted.endpoint().state()).as(String.join("\n", trusted.lines())).isEqualTo(EndpointState.FINISHED);
            assertThat(trusted.lines().get(0)).isEqualTo("HTTP header> HTTP/1.0 200 OK");
            List<String> seed = Python.script("/cpython/seeds/http_head.py", "", url, cert.toString());
            assertThat(withoutDate(trusted.lines())).isEqualTo(withoutDate(seed));

            ExperimentRun refused = head(Map.of("url", url));
            assertThat(refused.endpoint().state()).isEqualTo(EndpointState.FAILED);
            assertThat(String.join("\n", refused.lines())).contains("SSLCertVerificationError").contains("CERTIFICATE_VERIFY_FAILED");

            ExperimentRun wrongName = head(Map.of("url", "https://127.0.0.1:" + port + "/", "cafile", cert.toString()));
            assertThat(String.join("\n", wrongName.lines())).as("the certificate names localhost, not 127.0.0.1")
                    .contains("SSLCertVerificationError").contains("Hostname mismatch");

            ExperimentRun insecure = head(Map.of("url", url, "insecure", "true"));
            assertThat(insecure.endpoint().state()).isEqualTo(EndpointState.FINISHED);
            assertThat(insecure.lines().get(0)).isEqualTo("HTTP header> HTTP/1.0 200 OK");
        }
    }

    @Test
    void aBadUrlOrAClosedPortIsAClearError() {
        ExperimentRun ftp = head(Map.of("url", "ftp://example.com/"));
        assertThat(ftp.endpoint().state()).isEqualTo(EndpointState.FAILED);
        assertThat(String.join("\n", ftp.lines())).contains("ValueError: the URL must start with http:// or https://");
        ExperimentRun refused = head(Map.of("url", "http://127.0.0.1:1/"));
        assertThat(String.join("\n", refused.lines())).contains("ConnectionRefusedError");
    }

    private static List<String> withoutDate(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.startsWith("HTTP header> Date: ") ? "HTTP header> Date: DATE" : l);
        }
        return out;
    }

}
