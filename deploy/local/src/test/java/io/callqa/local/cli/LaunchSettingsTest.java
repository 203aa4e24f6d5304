package io.callqa.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.callqa.local.Service;
import io.callqa.local.StackOptions;

class LaunchSettingsTest {

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(repo.resolve("deploy/local"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.writeString(repo.resolve("deploy/local/pom.xml"), "<project/>");
    }

    @Test
    void defaultsAreTheDocumentedPortsAndAllServices() {
        StackOptions options = options(new String[0], new Properties(), Map.of(), repo.resolve("deploy/local"));

        assertEquals(repo.toAbsolutePath(), options.repositoryRoot());
        assertEquals(repo.resolve(".qa-local").toAbsolutePath(), options.dataDirectory());
        assertEquals(19092, options.kafkaPort());
        assertEquals(19093, options.kafkaControllerPort());
        assertEquals(15432, options.postgresPort());
        assertEquals(8081, options.servicePort(Service.INGEST));
        assertEquals(8085, options.servicePort(Service.REPORTING));
        assertEquals(EnumSet.allOf(Service.class), options.services());
        assertEquals(Duration.ofMinutes(3), options.readyTimeout());
    }

    @Test
    void optionWinsOverSystemPropertyWhichWinsOverEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("callqa.local.kafka-port", "29092");
        properties.setProperty("callqa.local.postgres-port", "25432");
        Map<String, String> env = Map.of("CALLQA_LOCAL_KAFKA_PORT", "39092", "CALLQA_LOCAL_POSTGRES_PORT", "35432",
                "CALLQA_LOCAL_SCORING_PORT", "38083", "CALLQA_LOCAL_KAFKA_CONTROLLER_PORT", "39093");

        StackOptions options = options(new String[] {"--kafka-port", "49092"}, properties, env, repo);

        assertEquals(49092, options.kafkaPort());
        assertEquals(25432, options.postgresPort());
        assertEquals(38083, options.servicePort(Service.SCORING));
        assertEquals(39093, options.kafkaControllerPort());
    }

    @Test
    void freePortsLeavesEveryPortToBeChosenExceptThoseGiven() {
        StackOptions options = options(new String[] {"--free-ports", "--ingest-port=18081"}, new Properties(), Map.of(), repo);

        assertEquals(0, options.kafkaPort());
        assertEquals(0, options.kafkaControllerPort());
        assertEquals(0, options.postgresPort());
        assertEquals(18081, options.servicePort(Service.INGEST));
        assertEquals(0, options.servicePort(Service.SAMPLING));
    }

    @Test
    void servicesDataDirectoryAndTimeoutCanBeChosen() {
        String[] args = {"--services", "ingest, sampling", "--data-dir", "/tmp/qa", "--ready-timeout", "60"};

        StackOptions options = options(args, new Properties(), Map.of(), repo);

        assertEquals(EnumSet.of(Service.INGEST, Service.SAMPLING), options.services());
        assertEquals(Path.of("/tmp/qa"), options.dataDirectory());
        assertEquals(Duration.ofSeconds(60), options.readyTimeout());
        assertEquals(Set.of(), options(new String[] {"--services", "none"}, new Properties(), Map.of(), repo).services());
    }

    @Test
    void rejectsWhatItCannotUse() {
        assertThrows(IllegalArgumentException.class,
                () -> options(new String[] {"--kafka-port", "x"}, new Properties(), Map.of(), repo));
        assertThrows(IllegalArgumentException.class,
                () -> options(new String[] {"--postgres-port", "70000"}, new Properties(), Map.of(), repo));
        assertThrows(IllegalArgumentException.class,
                () -> options(new String[] {"--services", "billing"}, new Properties(), Map.of(), repo));
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("--kafak-port", "1").requireKnownOptions(LaunchSettings.names()));
        assertTrue(typo.getMessage().contains("--kafak-port"));
    }

    @Test
    void withoutARepositoryAboveTheWorkingDirectoryItAsksForOne() {
        Path elsewhere = repo.getParent();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> options(new String[0], new Properties(), Map.of(), elsewhere));
        assertTrue(e.getMessage().contains("--repo-root"));
    }

    private static StackOptions options(String[] args, Properties properties, Map<String, String> env, Path cwd) {
        CommandLine commandLine = CommandLine.parse(args);
        return LaunchSettings.toOptions(new Settings(commandLine.options(), properties, env), cwd);
    }
}
