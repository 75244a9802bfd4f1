package org.tijarat.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tijarat.testing.TestDeployments;
import org.tijarat.testing.TestLeg;

/**
 * One Payara Micro for every browser journey of a test run: started by the first journey class,
 * stopped when the run ends. It serves the shipped WAR with the test configuration.
 */
public class SharedServer implements BeforeAllCallback {

    static final String NAME = "browser";

    private static Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SharedServer.class) {
            if (server == null) {
                server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
            }
        }
    }

    public static String baseUrl() {
        return server.baseUrl;
    }

    public static Path mailLog() {
        return TestLeg.mailLog(NAME);
    }

    public static Path log() {
        return server.log;
    }

    static final class Server implements AutoCloseable {

        private final Process process;
        private final String baseUrl;
        private final Path log;

        private Server(Process process, String baseUrl, Path log) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.log = log;
        }

        static Server start() {
            int port = freePort();
            String baseUrl = "http://localhost:" + port;
            Path dir = TestLeg.workDir().resolve(NAME + "-server");
            try {
                Files.createDirectories(dir);
                deleteTree(dir.resolve("root")); // Payara Micro would deploy an earlier run's application from it too
                File war = dir.resolve("ROOT.war").toFile();
                TestDeployments.shipped(NAME, baseUrl, java.util.Map.of("tijarat.demo-data", "true",
                        // journeys all come from 127.0.0.1 with many wrong passwords between them
                        "tijarat.signin.address.free-failures", "1000")).as(ZipExporter.class).exportTo(war, true);
                Path log = dir.resolve("server.log");
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(List.of(System.getProperty("payara.cmdOptions", "-Xmx640m").trim().split("\\s+")));
                command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", war.getPath(),
                        "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                        "--rootdir", dir.resolve("root").toString()));
                String extra = System.getProperty("payara.extraMicroOptions", "").trim();
                if (!extra.isEmpty()) {
                    command.addAll(List.of(extra.split("\\s+")));
                }
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                Server server = new Server(process, baseUrl, log);
                server.awaitReady();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }

        private void awaitReady() {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped while starting; see " + log);
                }
                try {
                    // the application's own page, not only /health: Faces must be serving views
                    HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/signin").toURL().openConnection();
                    connection.setConnectTimeout(1000);
                    if (connection.getResponseCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                try {
                    process.waitFor(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("Payara Micro did not answer within 3 minutes; see " + log);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
