package io.callqa.local.services;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.callqa.local.Service;

/** One service running as its own JVM, its output going to its log file. */
public final class ServiceProcess {

    private final Service service;
    private final int port;
    private final Process process;
    private final Path logFile;
    private volatile boolean ready;

    ServiceProcess(Service service, int port, Process process, Path logFile) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    public Service service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    Process process() {
        return process;
    }

    /** SIGTERM: Quarkus shuts down gracefully. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end, killing it when it takes longer than {@code grace}. */
    void awaitStop(Duration grace) throws InterruptedException {
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The end of this run's log. */
    String logTail() {
        return LogTail.of(logFile, header(service), 40);
    }

    /** How a run's output begins in the service's log, which keeps earlier runs above it. */
    static String header(Service service) {
        return "=== " + service.id() + " starting";
    }
}
