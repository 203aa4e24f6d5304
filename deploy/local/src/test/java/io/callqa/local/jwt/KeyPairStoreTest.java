package io.callqa.local.jwt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPairStoreTest {

    @TempDir
    Path directory;

    @Test
    void generatesRsa2048PemFilesOnceAndKeepsThem() throws Exception {
        KeyPairStore store = new KeyPairStore(directory.resolve("jwt"));

        KeyPair first = store.loadOrCreate();
        KeyPair second = new KeyPairStore(directory.resolve("jwt")).loadOrCreate();

        assertEquals(2048, ((RSAPublicKey) first.getPublic()).getModulus().bitLength());
        assertArrayEquals(first.getPrivate().getEncoded(), second.getPrivate().getEncoded());
        assertArrayEquals(first.getPublic().getEncoded(), second.getPublic().getEncoded());
        assertTrue(Files.readString(store.privateKeyFile()).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(store.publicKeyFile()).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.privateKeyFile())));
    }
}
