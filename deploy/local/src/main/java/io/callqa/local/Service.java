package io.callqa.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The five services of the stack: name, Maven module, default HTTP port and database. */
public enum Service {
    INGEST("ingest", 8081),
    SAMPLING("sampling", 8082),
    SCORING("scoring", 8083),
    FEEDBACK("feedback", 8084),
    REPORTING("reporting", 8085);

    private final String id;
    private final int defaultPort;

    Service(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    /** The short name used everywhere: {@code ingest}, {@code sampling}, ... */
    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Each service owns one database, named like the service. */
    public String database() {
        return id;
    }

    public Path moduleDirectory(Path repositoryRoot) {
        return repositoryRoot.resolve(id + "-service");
    }

    /** The Quarkus fast-jar the service runs from. */
    public Path runnerJar(Path repositoryRoot) {
        return moduleDirectory(repositoryRoot).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static Service byId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service '" + id + "'; known: " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(Service::id).collect(Collectors.joining(", "));
    }
}
