package io.callqa.local.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import io.callqa.local.RepositoryRoot;
import io.callqa.local.Service;
import io.callqa.local.StackOptions;

/** Turns the launcher's settings into {@link StackOptions}. */
public final class LaunchSettings {

    private LaunchSettings() {
    }

    /** Every option the launcher knows (besides {@code --help}). */
    public static Set<String> names() {
        Set<String> names = new HashSet<>(Set.of("repo-root", "data-dir", "kafka-port", "kafka-controller-port",
                "postgres-port", "free-ports", "services", "ready-timeout", "help"));
        Arrays.stream(Service.values()).map(s -> s.id() + "-port").forEach(names::add);
        return names;
    }

    public static StackOptions toOptions(Settings settings, Path workingDirectory) {
        StackOptions options = StackOptions.defaults(repositoryRoot(settings, workingDirectory));
        options = options.withDataDirectory(dataDirectory(settings, options.repositoryRoot()));
        if (settings.flag("free-ports")) {
            options = options.withFreePorts();
        }
        options = options
                .withKafkaPort(settings.port("kafka-port").orElse(options.kafkaPort()))
                .withKafkaControllerPort(settings.port("kafka-controller-port").orElse(options.kafkaControllerPort()))
                .withPostgresPort(settings.port("postgres-port").orElse(options.postgresPort()));
        for (Service service : Service.values()) {
            int port = settings.port(service.id() + "-port").orElse(options.servicePort(service));
            options = options.withServicePort(service.id(), port);
        }
        options = options.withServices(services(settings));
        return settings.get("ready-timeout")
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))
                .map(options::withReadyTimeout)
                .orElse(options);
    }

    static Path repositoryRoot(Settings settings, Path workingDirectory) {
        return settings.get("repo-root").map(Path::of).orElseGet(() -> RepositoryRoot.find(workingDirectory));
    }

    static Path dataDirectory(Settings settings, Path repositoryRoot) {
        return settings.get("data-dir").map(Path::of).orElse(repositoryRoot.resolve(StackOptions.DATA_DIRECTORY_NAME));
    }

    private static String[] services(Settings settings) {
        String list = settings.get("services").orElse("all");
        if (list.equals("all")) {
            return Arrays.stream(Service.values()).map(Service::id).toArray(String[]::new);
        }
        if (list.equals("none")) {
            return new String[0];
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
