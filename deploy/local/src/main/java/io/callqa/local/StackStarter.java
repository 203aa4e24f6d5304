package io.callqa.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;

import io.callqa.local.jwt.KeyPairStore;
import io.callqa.local.jwt.TokenIssuer;
import io.callqa.local.kafka.KafkaNode;
import io.callqa.local.kafka.KafkaSettings;
import io.callqa.local.kafka.Topics;
import io.callqa.local.lifecycle.DataDirectoryLock;
import io.callqa.local.lifecycle.Shutdown;
import io.callqa.local.lifecycle.Shutdown.StopReason;
import io.callqa.local.postgres.Databases;
import io.callqa.local.postgres.PostgresServer;
import io.callqa.local.services.ReadinessProbe;
import io.callqa.local.services.ServiceEnvironment;
import io.callqa.local.services.ServiceFleet;
import io.callqa.local.services.ServiceLauncher;

/** The start-up sequence: lock, PostgreSQL and databases, Kafka and topics, then the services until ready. */
final class StackStarter {

    private final StackOptions options;
    private final Shutdown shutdown;

    StackStarter(StackOptions options, Shutdown shutdown) {
        this.options = options;
        this.shutdown = shutdown;
    }

    /** Starts everything; on failure what did start is already stopped again. */
    LocalStack start(Thread shutdownHook) throws Exception {
        Path data = options.dataDirectory();
        shutdown.start("data directory lock", () -> DataDirectoryLock.acquire(data));
        KeyPairStore keyStore = new KeyPairStore(data.resolve("jwt"));
        KeyPair keys = keyStore.loadOrCreate();
        ServiceLauncher launcher = new ServiceLauncher(options.repositoryRoot(), data, environment(keyStore));
        launcher.stopOrphans();
        PostgresServer.stopOrphan(data.resolve("postgres"));
        PortCheck.requireFree(options);

        PostgresServer postgres = shutdown.start("PostgreSQL",
                () -> PostgresServer.start(data.resolve("postgres"), options.postgresPort(), data.resolve("logs/postgres.log")));
        new Databases(postgres).ensure(Arrays.stream(Service.values()).map(Service::database).toList());
        KafkaSettings kafkaSettings = new KafkaSettings(data.resolve("kafka"), options.kafkaPort(),
                options.kafkaControllerPort());
        KafkaNode kafka = shutdown.start("Kafka", () -> KafkaNode.start(kafkaSettings,
                fault -> shutdown.runAsync(new StopReason(fault, true))));
        Topics.ensure(kafka.bootstrapServers(), Topics.all());

        ServiceFleet fleet = shutdown.start("services", () -> new ServiceFleet(launcher, new ReadinessProbe()));
        for (Service service : options.services()) {
            shutdown.ensureRunning();
            fleet.launch(service, options.servicePort(service));
        }
        fleet.awaitReady(options.readyTimeout(), shutdown::ensureRunning);
        return new LocalStack(options, shutdown, shutdownHook, fleet, new TokenIssuer(keys.getPrivate()));
    }

    /** Fails before anything starts when a service has not been packaged. */
    static void requirePackaged(StackOptions options) {
        List<Path> missing = options.services().stream()
                .map(s -> s.runnerJar(options.repositoryRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not packaged yet: " + missing
                    + "; build them with ./mvnw -B install -DskipTests");
        }
    }

    private ServiceEnvironment environment(KeyPairStore keyStore) {
        return new ServiceEnvironment("localhost:" + options.kafkaPort(), options.postgresPort(), Databases.USER,
                Databases.PASSWORD, keyStore.publicKeyFile(), TokenIssuer.ISSUER);
    }
}
