package io.callqa.local.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.callqa.local.Service;
import io.callqa.local.fake.FakeRepository;

class ServiceFleetTest {

    @TempDir
    Path directory;

    private final ServiceEnvironment environment = new ServiceEnvironment("localhost:19092", 15432, "callqa", "callqa",
            Path.of("/keys/public.pem"), "https://callqa.local/issuer");

    @Test
    void startedServiceIsReadyWithItsEnvironmentAndStopsOnClose() throws Exception {
        FakeRepository repo = new FakeRepository(directory.resolve("repo")).healthy(Service.FEEDBACK);
        ServiceFleet fleet = new ServiceFleet(launcher(repo), new ReadinessProbe());
        int port = freePort();

        ServiceProcess feedback = fleet.launch(Service.FEEDBACK, port);
        fleet.awaitReady(Duration.ofSeconds(30), () -> { });
        String env = get(feedback.url() + "/env");
        fleet.close();

        assertEquals("http://localhost:" + port, feedback.url());
        assertTrue(env.contains("QUARKUS_HTTP_PORT=" + port), env);
        assertTrue(env.contains("QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:15432/feedback"), env);
        assertTrue(env.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:/keys/public.pem"), env);
        assertFalse(feedback.isAlive());
        assertTrue(Files.readString(directory.resolve("data/logs/feedback.log")).contains("fake service listening"));
        assertFalse(Files.exists(directory.resolve("data/run/feedback.pid")));
    }

    @Test
    void serviceThatExitsWhileStartingFailsWithTheEndOfItsLog() throws Exception {
        FakeRepository repo = new FakeRepository(directory.resolve("repo")).broken(Service.INGEST);
        ServiceFleet fleet = new ServiceFleet(launcher(repo), new ReadinessProbe());

        fleet.launch(Service.INGEST, freePort());
        ServiceStartException e = assertThrows(ServiceStartException.class,
                () -> fleet.awaitReady(Duration.ofSeconds(30), () -> { }));
        fleet.close();

        assertTrue(e.getMessage().startsWith("ingest exited with status 1 while starting"), e.getMessage());
        assertTrue(e.getMessage().contains("io.callqa.missing.Main"), e.getMessage());
    }

    @Test
    void servicesLeftRunningByAKilledLauncherAreStoppedByTheNextOne() throws Exception {
        FakeRepository repo = new FakeRepository(directory.resolve("repo")).healthy(Service.REPORTING);
        ServiceFleet abandoned = new ServiceFleet(launcher(repo), new ReadinessProbe());
        ServiceProcess orphan = abandoned.launch(Service.REPORTING, freePort());
        abandoned.awaitReady(Duration.ofSeconds(30), () -> { });

        launcher(repo).stopOrphans();

        assertFalse(orphan.process().isAlive());
        assertFalse(Files.exists(directory.resolve("data/run/reporting.pid")));
    }

    private ServiceLauncher launcher(FakeRepository repo) {
        return new ServiceLauncher(repo.root(), directory.resolve("data"), environment);
    }

    private static String get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
