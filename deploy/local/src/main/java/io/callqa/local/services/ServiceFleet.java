package io.callqa.local.services;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.callqa.local.Service;

/** The running services: started together, awaited until ready, stopped together. */
public final class ServiceFleet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceFleet.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ServiceLauncher launcher;
    private final ReadinessProbe probe;
    private final Map<Service, ServiceProcess> processes = new LinkedHashMap<>();
    private boolean closed;

    public ServiceFleet(ServiceLauncher launcher, ReadinessProbe probe) {
        this.launcher = launcher;
        this.probe = probe;
    }

    public synchronized ServiceProcess launch(Service service, int port) throws IOException {
        if (closed) {
            throw new IllegalStateException("the services are stopping");
        }
        ServiceProcess process = launcher.launch(service, port);
        processes.put(service, process);
        process.process().onExit().thenRun(() -> reportExit(process));
        return process;
    }

    public synchronized Optional<ServiceProcess> get(Service service) {
        return Optional.ofNullable(processes.get(service));
    }

    /**
     * Returns once every service answers 200 on its readiness check.
     *
     * @param ensureRunning throws when the stack stops meanwhile (a Kafka fault, Ctrl-C)
     * @throws ServiceStartException when a service exits or is not ready in time
     */
    public void awaitReady(Duration timeout, Runnable ensureRunning) throws InterruptedException {
        Instant started = Instant.now();
        List<ServiceProcess> pending = new ArrayList<>(snapshot());
        while (!pending.isEmpty()) {
            ensureRunning.run();
            for (ServiceProcess process : List.copyOf(pending)) {
                if (!process.isAlive()) {
                    throw new ServiceStartException(process, "exited with status " + process.exitValue()
                            + " while starting");
                }
                if (probe.isReady(process.url())) {
                    process.markReady();
                    pending.remove(process);
                    LOG.info("{} ready on {} after {} s", process.service().id(), process.url(),
                            Duration.between(started, Instant.now()).toSeconds());
                }
            }
            if (!pending.isEmpty() && Instant.now().isAfter(started.plus(timeout))) {
                throw new ServiceStartException(pending.get(0), "was not ready after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(pending.isEmpty() ? 0 : POLL.toMillis());
        }
    }

    /** SIGTERM to every service, then waits for all of them (killing those that take too long). */
    @Override
    public void close() throws InterruptedException {
        List<ServiceProcess> running;
        synchronized (this) {
            closed = true;
            running = snapshot();
        }
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : running) {
            process.awaitStop(STOP_GRACE);
            launcher.forget(process.service());
        }
    }

    private synchronized List<ServiceProcess> snapshot() {
        return List.copyOf(processes.values());
    }

    private void reportExit(ServiceProcess process) {
        synchronized (this) {
            if (closed || !process.isReady()) {
                return; // asked to stop, or seen by awaitReady
            }
        }
        LOG.warn("{} exited unexpectedly with status {}; the last lines of {}:{}{}", process.service().id(),
                process.exitValue(), process.logFile(), System.lineSeparator(), process.logTail());
    }
}
