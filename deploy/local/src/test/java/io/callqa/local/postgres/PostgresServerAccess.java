package io.callqa.local.postgres;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests outside this package ask whether a PostgreSQL server still runs on a data directory. */
public final class PostgresServerAccess {

    private PostgresServerAccess() {
    }

    public static boolean running(Path dataDirectory) throws IOException {
        return Postmaster.running(dataDirectory).isPresent();
    }
}
