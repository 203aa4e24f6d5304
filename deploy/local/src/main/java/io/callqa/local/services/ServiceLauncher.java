package io.callqa.local.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.callqa.local.Service;

/** Starts a service from its packaged fast-jar with the same {@code java} that runs the launcher. */
public final class ServiceLauncher {

    private final Path repositoryRoot;
    private final Path logDirectory;
    private final ServiceEnvironment environment;
    private final PidFiles pidFiles;

    public ServiceLauncher(Path repositoryRoot, Path dataDirectory, ServiceEnvironment environment) {
        this.repositoryRoot = repositoryRoot;
        this.logDirectory = dataDirectory.resolve("logs");
        this.environment = environment;
        this.pidFiles = new PidFiles(dataDirectory.resolve("run"));
    }

    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Stops the services a killed launcher left behind on this data directory. */
    public void stopOrphans() throws IOException {
        pidFiles.stopOrphans();
    }

    ServiceProcess launch(Service service, int port) throws IOException {
        Path jar = service.runnerJar(repositoryRoot);
        Path log = logDirectory.resolve(service.id() + ".log");
        Files.createDirectories(logDirectory);
        Files.writeString(log, ServiceProcess.header(service) + " at " + Instant.now() + " on port " + port + " ===\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(service.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(service.moduleDirectory(repositoryRoot).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment.forService(service, port));
        Process process = builder.start();
        pidFiles.write(service.id(), process.pid());
        return new ServiceProcess(service, port, process, log);
    }

    void forget(Service service) {
        pidFiles.delete(service.id());
    }
}
