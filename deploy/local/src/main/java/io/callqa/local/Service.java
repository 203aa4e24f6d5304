package io.callqa.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** The key the local stack's ingest accepts in {@code X-Api-Key}: {@value #LOCAL_API_KEY}. */
    public static final String LOCAL_API_KEY = "local-development-only-acd-key";
    static final String LOCAL_API_KEY_SHA256 = "9e4205b0004f9b6d01a9fb72b5734bc0dbc60f5aadfb7a8ca4bf584340a267b1";

    /**
     * Ingest's memory settings, measured with {@code tools/bench} (docs/benchmarks.md): the serial collector with a
     * 72 MB young generation (a smaller one spent a third of the time copying the requests in flight), C1 only
     * (as fast here as C2, without C2's threads and code cache), a heap that may grow to 256 MB for a 32 MiB batch.
     */
    public static final List<String> INGEST_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmx256m",
            "-Xmn72m", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    /**
     * JVM options of the service in the local stack: ingest's memory settings and the local API key (for ACD
     * clients and the simulator without a token); more for one service from the launcher's system property
     * {@code callqa.jvm-options.<service>} (e.g. a profiler).
     */
    public List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        if (this == INGEST) {
            options.addAll(INGEST_JVM_OPTIONS);
            options.add("-Dqa.ingest.api-keys.local-acd=" + LOCAL_API_KEY_SHA256);
        }
        String extra = System.getProperty("callqa.jvm-options." + id, "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
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
