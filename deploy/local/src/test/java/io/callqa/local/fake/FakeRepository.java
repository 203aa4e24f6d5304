package io.callqa.local.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import io.callqa.local.Service;

/** A repository layout with fake service jars where the launcher looks for {@code quarkus-run.jar}. */
public final class FakeRepository {

    private final Path root;

    public FakeRepository(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("deploy/local"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("deploy/local/pom.xml"), "<project/>");
    }

    public Path root() {
        return root;
    }

    /** The service runs {@link FakeService}: ready at once. */
    public FakeRepository healthy(Service service) throws IOException {
        return jar(service, FakeService.class.getName(), true);
    }

    /** The service's JVM exits at once, complaining about its main class. */
    public FakeRepository broken(Service service) throws IOException {
        return jar(service, "io.callqa.missing.Main", false);
    }

    private FakeRepository jar(Service service, String mainClass, boolean withFakeService) throws IOException {
        Path jar = service.runnerJar(root);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (withFakeService) {
                String entry = FakeService.class.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return this;
    }
}
