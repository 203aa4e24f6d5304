package io.callqa.local;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.callqa.local.jwt.TokenIssuer;
import io.callqa.local.postgres.Databases;
import io.callqa.local.services.LogTail;
import io.callqa.local.services.ServiceEnvironment;

/**
 * One service JVM for resilience tests, started here (not by {@link LocalStack}) from a copy of the packaged
 * fast-jar with {@code -Xmx384m}: its database, port, extra settings and log. It can be killed with SIGKILL and
 * started again on the same database; {@link #tail} shows the end of its log for failure messages.
 */
final class ServiceInstance {

    final Service service;
    final String name;
    final String database;
    final int port;
    final Path log;
    private final Path app;
    private final LocalStack stack;
    private final Path data;
    private final Map<String, String> settings;
    Process process;

    /** @param settings more environment variables (configuration) for this instance */
    ServiceInstance(Service service, String name, String database, Path app, LocalStack stack, Path data,
            Map<String, String> settings) {
        this.service = service;
        this.name = name;
        this.database = database;
        this.app = app;
        this.stack = stack;
        this.data = data;
        this.settings = settings;
        this.port = freePort();
        this.log = data.resolve("logs").resolve(name + ".log");
    }

    /** A copy of the service's packaged fast-jar under {@code data}, so that a rebuild meanwhile changes nothing. */
    static Path packagedCopy(Service service, Path data) throws IOException {
        Path jar = service.runnerJar(StackOptions.defaults().repositoryRoot());
        if (!Files.isRegularFile(jar)) {
            fail("not packaged yet: " + jar + "; build it with ./mvnw -B -pl " + service.id() + "-service package -DskipTests");
        }
        Path copy = data.resolve(service.id() + "-app");
        copyTree(jar.getParent(), copy);
        return copy;
    }

    void start() throws IOException {
        note("=== " + name + " started at " + Instant.now() + " on port " + port + " ===");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", app.resolve("quarkus-run.jar").toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(service.moduleDirectory(stack.options().repositoryRoot()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServiceEnvironment environment = new ServiceEnvironment(stack.kafkaBootstrapServers(),
                stack.options().postgresPort(), Databases.USER, Databases.PASSWORD,
                data.resolve("jwt").resolve("public.pem"), TokenIssuer.ISSUER);
        Map<String, String> env = builder.environment();
        env.putAll(environment.forService(service, port));
        String db = "localhost:" + stack.options().postgresPort() + "/" + database;
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + db);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + db);
        env.putAll(settings);
        process = builder.start();
    }

    void awaitReady() {
        await("/q/health/ready");
    }

    /** Up and serving, whatever its readiness (e.g. while a channel's broker cannot be reached). */
    void awaitLive() {
        await("/q/health/live");
    }

    String url() {
        return "http://localhost:" + port;
    }

    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Appends a line to the instance's log, e.g. to mark a restart. */
    void note(String line) throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    String tail() {
        return "--- last lines of " + log + " ---\n" + LogTail.of(log, "=== ", 80);
    }

    private void await(String path) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + " before " + path + " answered\n" + tail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        fail(name + ": " + path + " did not answer 200 on port " + port + " within 3 minutes\n" + tail());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
