package io.callqa.local.services;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.callqa.local.Service;

/**
 * What a service process is told about the infrastructure: exactly the environment variables the services read
 * for it (MicroProfile Config maps each to its property, e.g. {@code QUARKUS_HTTP_PORT} to {@code quarkus.http.port}).
 */
public record ServiceEnvironment(String kafkaBootstrapServers, int postgresPort, String databaseUser,
        String databasePassword, Path publicKeyFile, String issuer) {

    public Map<String, String> forService(Service service, int httpPort) {
        String database = "localhost:" + postgresPort + "/" + service.database();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + database);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", databaseUser);
        env.put("QUARKUS_DATASOURCE_PASSWORD", databasePassword);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKeyFile.toAbsolutePath());
        env.put("MP_JWT_VERIFY_ISSUER", issuer);
        return env;
    }
}
