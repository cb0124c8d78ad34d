package io.studygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code studygraph serve} as the operator starts it, in a process of its own with the default
 * options: where it listens, what it prints, and what a second StudyGraph on its data dir sees.
 */
@Tag("security")
class ServeProcessTest {
    private static final Pattern SERVING = Pattern.compile("serving on http://([^/]+):(\\d+)/");

    @TempDir static Path dataDir;
    private static Process serve;
    private static final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private static String host;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDir.toString(), "serve", "--port", "0").redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.add(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output closed: " + e.getMessage() + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        // Started once the token is announced, which follows the "serving on" log line.
        for (String line; (line = lines.poll(120, TimeUnit.SECONDS)) != null; ) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                host = m.group(1);
                port = Integer.parseInt(m.group(2));
            }
            if (line.startsWith("Write token")) break;
        }
        lines.poll(5, TimeUnit.SECONDS); // the token's own line
        assertThat(port).as("serve started: %s", output).isPositive();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) serve.destroyForcibly();
        }
    }

    @Test
    void serve_listens_on_loopback_only_by_default_and_logs_the_address() throws Exception {
        assertThat(host).isEqualTo("127.0.0.1");
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
        }
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try: skipping the outside connection");
        try (Socket remote = new Socket()) {
            remote.connect(new InetSocketAddress(outside.get(), port), 5000);
            throw new AssertionError("serve answered on " + outside.get() + ":" + port + " without --host");
        } catch (ConnectException expected) {
            assertThat(expected).hasMessageContaining("refused");
        }
    }

    @Test
    void the_first_start_prints_the_generated_token_once_and_keeps_it_owner_only() throws Exception {
        Path file = dataDir.resolve("write-token");
        String token = Files.readString(file).strip();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        // Once as itself, once in the link that hands it to a browser (a fragment, which no server sees).
        assertThat(output.stream().filter(line -> line.contains(token)).map(String::strip))
                .containsExactly(token, "http://127.0.0.1:" + port + "/#token=" + token);
    }

    @Test
    void a_second_studygraph_on_the_same_data_dir_says_so_in_one_line() {
        CliRun run = CliRun.of("--data-dir", dataDir.toString(), "search", "diffusion");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).doesNotContain("\n", "Exception", "\tat ")
                .startsWith("error: Another StudyGraph is using the data directory " + dataDir.toAbsolutePath());
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) found.add(address);
            }
        }
        // IPv4 first: it needs no scope and every container has one when it has any network at all.
        return found.stream().filter(a -> a instanceof Inet4Address).findFirst().or(() -> found.stream().findFirst());
    }
}
