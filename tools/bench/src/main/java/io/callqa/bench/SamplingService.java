package io.callqa.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import io.callqa.local.LocalStack;
import io.callqa.local.Service;
import io.callqa.local.jwt.KeyPairStore;
import io.callqa.local.jwt.TokenIssuer;
import io.callqa.local.postgres.Databases;
import io.callqa.local.services.ReadinessProbe;
import io.callqa.local.services.ServiceEnvironment;
import io.callqa.local.services.ServiceFleet;
import io.callqa.local.services.ServiceLauncher;
import io.callqa.local.services.ServiceProcess;

/**
 * The sampling service started after the stack, on the stack's Kafka, PostgreSQL and JWT key, with the launcher's
 * own public pieces ({@link ServiceLauncher}, {@link ServiceFleet}): same jar, environment, JVM options
 * ({@code -Dcallqa.jvm-options.sampling=...}) and log file ({@code <data>/logs/sampling.log}) as
 * {@code withServices("sampling")} would give it, but started only once the replay is in Kafka.
 */
final class SamplingService implements AutoCloseable {

    private final ServiceFleet fleet;
    private final ServiceProcess process;
    private final long launchedNanos;

    private SamplingService(ServiceFleet fleet, ServiceProcess process, long launchedNanos) {
        this.fleet = fleet;
        this.process = process;
        this.launchedNanos = launchedNanos;
    }

    static SamplingService launch(LocalStack stack, Path dataDirectory) throws IOException {
        ServiceEnvironment environment = new ServiceEnvironment(stack.kafkaBootstrapServers(),
                stack.options().postgresPort(), Databases.USER, Databases.PASSWORD,
                new KeyPairStore(dataDirectory.resolve("jwt")).publicKeyFile(), TokenIssuer.ISSUER);
        ServiceFleet fleet = new ServiceFleet(new ServiceLauncher(stack.options().repositoryRoot(), dataDirectory,
                environment), new ReadinessProbe());
        long launched = System.nanoTime();
        ServiceProcess process = fleet.launch(Service.SAMPLING, freePort());
        return new SamplingService(fleet, process, launched);
    }

    /** Waits for {@code /q/health/ready}; returns {@link System#nanoTime()} of readiness. */
    long awaitReady() throws InterruptedException {
        fleet.awaitReady(Duration.ofMinutes(3), () -> { });
        return System.nanoTime();
    }

    long launchedNanos() {
        return launchedNanos;
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return process.url();
    }

    Path logFile() {
        return process.logFile();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        fleet.close();
    }
}
