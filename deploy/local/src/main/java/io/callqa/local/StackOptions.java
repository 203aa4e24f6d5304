package io.callqa.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How to start a {@link LocalStack}. Immutable: every {@code with...} returns a copy. A port of {@code 0} means
 * "pick a free one".
 *
 * @param repositoryRoot where the service modules are (their {@code target/quarkus-app/quarkus-run.jar})
 * @param dataDirectory where Kafka, PostgreSQL, the JWT keys and the logs live; kept between starts
 * @param services the services to start (none: infrastructure only)
 * @param readyTimeout how long every service may take to answer on {@code /q/health/ready}
 */
public record StackOptions(Path repositoryRoot, Path dataDirectory, int kafkaPort, int kafkaControllerPort,
        int postgresPort, Map<Service, Integer> servicePorts, Set<Service> services, Duration readyTimeout) {

    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(3);
    public static final String DATA_DIRECTORY_NAME = ".qa-local";

    public StackOptions {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
        services = Collections.unmodifiableSet(services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
    }

    /** Default ports, all five services, data in {@code .qa-local/} of the given repository. */
    public static StackOptions defaults(Path repositoryRoot) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
        }
        return new StackOptions(repositoryRoot, repositoryRoot.resolve(DATA_DIRECTORY_NAME), DEFAULT_KAFKA_PORT,
                DEFAULT_KAFKA_CONTROLLER_PORT, DEFAULT_POSTGRES_PORT, ports, EnumSet.allOf(Service.class),
                DEFAULT_READY_TIMEOUT);
    }

    /** {@link #defaults(Path)} for the repository found above the working directory. */
    public static StackOptions defaults() {
        return defaults(RepositoryRoot.find(Path.of("")));
    }

    /** Every port, infrastructure and services, chosen free at start: for tests next to a running stack. */
    public StackOptions withFreePorts() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, 0);
        }
        return new StackOptions(repositoryRoot, dataDirectory, 0, 0, 0, ports, services, readyTimeout);
    }

    public StackOptions withRepositoryRoot(Path root) {
        return new StackOptions(root, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort, servicePorts,
                services, readyTimeout);
    }

    public StackOptions withDataDirectory(Path directory) {
        return new StackOptions(repositoryRoot, directory, kafkaPort, kafkaControllerPort, postgresPort, servicePorts,
                services, readyTimeout);
    }

    public StackOptions withKafkaPort(int port) {
        return new StackOptions(repositoryRoot, dataDirectory, port, kafkaControllerPort, postgresPort, servicePorts,
                services, readyTimeout);
    }

    public StackOptions withKafkaControllerPort(int port) {
        return new StackOptions(repositoryRoot, dataDirectory, kafkaPort, port, postgresPort, servicePorts,
                services, readyTimeout);
    }

    public StackOptions withPostgresPort(int port) {
        return new StackOptions(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, port, servicePorts,
                services, readyTimeout);
    }

    /** The HTTP port of one service, by name ({@code ingest}, ...). */
    public StackOptions withServicePort(String service, int port) {
        Map<Service, Integer> ports = new EnumMap<>(servicePorts);
        ports.put(Service.byId(service), port);
        return new StackOptions(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort, ports,
                services, readyTimeout);
    }

    /** Only these services, by name; none starts just Kafka and PostgreSQL. */
    public StackOptions withServices(String... names) {
        Set<Service> selected = EnumSet.noneOf(Service.class);
        Arrays.stream(names).map(Service::byId).forEach(selected::add);
        return new StackOptions(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                servicePorts, selected, readyTimeout);
    }

    public StackOptions withReadyTimeout(Duration timeout) {
        return new StackOptions(repositoryRoot, dataDirectory, kafkaPort, kafkaControllerPort, postgresPort,
                servicePorts, services, timeout);
    }

    public int servicePort(Service service) {
        return servicePorts.getOrDefault(service, service.defaultPort());
    }
}
