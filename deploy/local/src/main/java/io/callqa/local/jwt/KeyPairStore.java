package io.callqa.local.jwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/**
 * The stack's token signing keys in {@code <data>/jwt/}: {@code private.pem} (PKCS#8) and {@code public.pem}
 * (X.509 SubjectPublicKeyInfo), an RSA 2048 pair generated on first use and kept from then on.
 */
public final class KeyPairStore {

    private final Path directory;

    public KeyPairStore(Path directory) {
        this.directory = directory;
    }

    public Path privateKeyFile() {
        return directory.resolve("private.pem");
    }

    public Path publicKeyFile() {
        return directory.resolve("public.pem");
    }

    /** The stored pair, or a new one stored now. */
    public synchronized KeyPair loadOrCreate() throws IOException, GeneralSecurityException {
        if (Files.isRegularFile(privateKeyFile()) && Files.isRegularFile(publicKeyFile())) {
            return new KeyPair(Pem.readPublicKey(Files.readString(publicKeyFile(), StandardCharsets.US_ASCII)),
                    Pem.readPrivateKey(Files.readString(privateKeyFile(), StandardCharsets.US_ASCII)));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(directory);
        write(privateKeyFile(), Pem.privateKey(pair.getPrivate()));
        write(publicKeyFile(), Pem.publicKey(pair.getPublic()));
        return pair;
    }

    /** Written aside and moved into place, so a reader never sees half a key. */
    private void write(Path file, String pem) throws IOException {
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the data directory's own permissions apply
        }
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
