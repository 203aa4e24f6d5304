package io.callqa.local.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.callqa.local.Service;

class ServiceEnvironmentTest {

    @Test
    void serviceIsPointedAtItsPortItsDatabaseKafkaAndTheStackKey() {
        ServiceEnvironment environment = new ServiceEnvironment("localhost:19092", 15432, "callqa", "callqa",
                Path.of("/data/.qa-local/jwt/public.pem"), "https://callqa.local/issuer");

        Map<String, String> env = environment.forService(Service.SCORING, 18083);

        assertEquals(Map.of(
                "QUARKUS_HTTP_PORT", "18083",
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:19092",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:15432/scoring",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:15432/scoring",
                "QUARKUS_DATASOURCE_USERNAME", "callqa",
                "QUARKUS_DATASOURCE_PASSWORD", "callqa",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/data/.qa-local/jwt/public.pem",
                "MP_JWT_VERIFY_ISSUER", "https://callqa.local/issuer"), env);
    }

    @Test
    void everyServiceGetsADatabaseOfItsOwn() {
        ServiceEnvironment environment = new ServiceEnvironment("localhost:1", 2, "u", "p", Path.of("/k.pem"), "i");

        List<String> urls = List.of(Service.values()).stream()
                .map(s -> environment.forService(s, s.defaultPort()).get("QUARKUS_DATASOURCE_JDBC_URL"))
                .toList();

        assertEquals(List.of("jdbc:postgresql://localhost:2/ingest", "jdbc:postgresql://localhost:2/sampling",
                "jdbc:postgresql://localhost:2/scoring", "jdbc:postgresql://localhost:2/feedback",
                "jdbc:postgresql://localhost:2/reporting"), urls);
    }
}
