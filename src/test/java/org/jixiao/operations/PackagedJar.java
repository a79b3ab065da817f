package org.jixiao.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/jixiao-*.jar}, built by {@code package} before the
 * integration tests run) as an operating system process in a directory of its own: its default
 * embedded H2 file database lands under that directory's {@code data/}, its console output in
 * {@code console.log} there.
 */
final class PackagedJar {

    private final Path directory;
    private final List<String> arguments;
    private final int port;
    private final Path console;
    private Process process;

    private PackagedJar(Path directory, List<String> arguments, int port) {
        this.directory = directory;
        this.arguments = arguments;
        this.port = port;
        this.console = directory.resolve("console.log");
    }

    static PackagedJar in(Path directory, String... arguments) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new PackagedJar(directory, List.of(arguments), socket.getLocalPort());
        }
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("jixiao-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "target/jixiao-*.jar missing: the integration tests run after `package`"))
                    .toAbsolutePath();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Path console() {
        return console;
    }

    /** Starts the jar and waits until {@code /actuator/health} says UP (demo data loaded on the first start). */
    void start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-jar");
        command.add(jar().toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .start();
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped at start-up:\n" + Files.readString(console));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become healthy within 4 minutes");
    }

    /** {@code kill -9}: no shutdown hook, no flush, no close of the database. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                killHard();
            }
        }
    }
}
