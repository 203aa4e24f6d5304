package io.callqa.local.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stack's components in start order, stopped once in reverse order: by {@code close()}, Ctrl-C (a JVM
 * shutdown hook) or a fault. A component that starts while the stack is stopping is refused, so nothing
 * started is ever left behind.
 */
public final class Shutdown {

    private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

    private final Deque<Step> steps = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private StopReason reason;

    /** A component's start, which may fail. */
    @FunctionalInterface
    public interface Starter<T extends AutoCloseable> {
        T start() throws Exception;
    }

    /** Why the stack stopped; {@code failure} when it was not asked to. */
    public record StopReason(String message, boolean failure) {
    }

    /** Starts a component, unless the stack is stopping, and remembers to stop it. */
    public synchronized <T extends AutoCloseable> T start(String name, Starter<T> starter) throws Exception {
        ensureRunning();
        T component = starter.start();
        steps.push(new Step(name, component));
        return component;
    }

    public synchronized void ensureRunning() {
        if (reason != null) {
            throw new IllegalStateException("the local stack is stopping: " + reason.message());
        }
    }

    /** Stops every component, last started first; later calls wait for the first one to finish. */
    public void run(StopReason why) {
        List<Step> toStop;
        synchronized (this) {
            if (reason == null) {
                reason = why;
                toStop = new ArrayList<>(steps);
                steps.clear();
            } else {
                toStop = null;
            }
        }
        if (toStop == null) {
            awaitUninterruptibly();
            return;
        }
        toStop.forEach(Step::stop);
        stopped.countDown();
    }

    /** For faults noticed on threads that must not block: stops the stack on a thread of its own. */
    public void runAsync(StopReason why) {
        Thread thread = new Thread(() -> run(why), "callqa-local-stop");
        thread.start();
    }

    public synchronized StopReason reason() {
        return reason;
    }

    public void await() throws InterruptedException {
        stopped.await();
    }

    private void awaitUninterruptibly() {
        boolean interrupted = false;
        while (stopped.getCount() > 0) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Step(String name, AutoCloseable component) {
        void stop() {
            try {
                component.close();
                LOG.info("{} stopped", name);
            } catch (Exception e) {
                LOG.error("could not stop {} cleanly", name, e);
            }
        }
    }
}
