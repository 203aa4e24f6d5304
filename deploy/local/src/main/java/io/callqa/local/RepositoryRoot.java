package io.callqa.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the nearest directory, from a start upwards, holding {@code deploy/local/pom.xml}. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/pom.xml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no CallQA repository (a directory with deploy/local/pom.xml) at or above "
                + start.toAbsolutePath() + "; set it with --repo-root");
    }
}
