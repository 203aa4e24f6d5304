package io.callqa.local;

import java.nio.file.Path;
import java.util.Optional;

import io.callqa.local.jwt.TokenIssuer;
import io.callqa.local.jwt.TokenRequest;
import io.callqa.local.lifecycle.Shutdown;
import io.callqa.local.lifecycle.Shutdown.StopReason;
import io.callqa.local.services.ServiceFleet;
import io.callqa.local.services.ServiceProcess;

/**
 * A running local stack: embedded Kafka and PostgreSQL with data on disk, and the services as separate JVMs.
 * {@link #close()} stops the services (SIGTERM, then a wait), then Kafka, then PostgreSQL; so does the end of
 * the JVM.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(StackOptions.defaults().withFreePorts().withDataDirectory(tmp))) {
 *     given().auth().oauth2(stack.token("acd", "acd-1", null, null)).post(stack.serviceUrl("ingest") + "/api/v1/calls") ...
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private final StackOptions options;
    private final Shutdown shutdown;
    private final Thread shutdownHook;
    private final ServiceFleet services;
    private final TokenIssuer tokens;

    LocalStack(StackOptions options, Shutdown shutdown, Thread shutdownHook, ServiceFleet services, TokenIssuer tokens) {
        this.options = options;
        this.shutdown = shutdown;
        this.shutdownHook = shutdownHook;
        this.services = services;
        this.tokens = tokens;
    }

    /**
     * Starts the stack and returns once every selected service is ready.
     *
     * @throws IllegalStateException when something cannot start (a port in use, a jar missing, a service that
     *         exits or is not ready in time: the message ends with its log); what had started is stopped again
     */
    public static LocalStack start(StackOptions options) {
        StackStarter.requirePackaged(options);
        StackOptions resolved = PortCheck.resolve(options);
        Shutdown shutdown = new Shutdown();
        Thread hook = new Thread(() -> shutdown.run(new StopReason("the JVM is exiting", false)), "callqa-local-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return new StackStarter(resolved, shutdown).start(hook);
        } catch (Exception e) {
            shutdown.run(new StopReason("start-up failed", true));
            removeHook(hook);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("the local stack could not start: " + e.getMessage(), e);
        }
    }

    /** The options the stack runs with, every port resolved. */
    public StackOptions options() {
        return options;
    }

    /** {@code http://localhost:<port>} of a service by name: ingest, sampling, scoring, feedback, reporting. */
    public String serviceUrl(String service) {
        return process(service).url();
    }

    public String swaggerUiUrl(String service) {
        return serviceUrl(service) + "/q/swagger-ui";
    }

    public Path logFile(String service) {
        return process(service).logFile();
    }

    /** The process id of a service's JVM, e.g. to read its memory from {@code /proc/<pid>/status}. */
    public long servicePid(String service) {
        return process(service).pid();
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + options.kafkaPort();
    }

    /** A JDBC URL for a service's database (user and password: {@code callqa}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + options.postgresPort() + "/" + database;
    }

    /**
     * A bearer token the services accept, valid for 12 hours.
     *
     * @param agentId required for role {@code agent}, otherwise null
     * @param teamId required for role {@code team-lead}, otherwise null
     */
    public String token(String role, String userId, String agentId, String teamId) {
        return tokens.issue(new TokenRequest(role, userId, agentId, teamId));
    }

    /** Blocks until the stack has stopped: closed, Ctrl-C, or a fault. */
    public void awaitStopped() throws InterruptedException {
        shutdown.await();
    }

    /** Why the stack stopped, once it has. */
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(shutdown.reason());
    }

    @Override
    public void close() {
        shutdown.run(new StopReason("closed", false));
        removeHook(shutdownHook);
    }

    private ServiceProcess process(String service) {
        Service known = Service.byId(service);
        return services.get(known).orElseThrow(() -> new IllegalArgumentException(service + " is not part of this stack"));
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already exiting and runs the hook itself
        }
    }
}
