package org.openets.api;

import java.nio.file.Path;

/**
 * A PKCS12 key store holding the server's certificate chain and private key, and its password. The password
 * comes from the environment, never from the command line, and is not printed.
 */
public record TlsKeyStore(Path file, String password) {

    @Override
    public String toString() {
        return "TlsKeyStore[" + file + "]";
    }
}
