package org.openets.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.openets.access.Access;
import org.openets.access.UserRole;
import org.openets.runtime.EngineRunner;

/**
 * The first user of a fresh market: with no operator user yet, {@code serve} creates user {@value #USER} acting for
 * the built-in operator actor and writes its API key to {@value #KEY_FILE} in the data directory, readable by the
 * node's owner only. The operator then registers the regulators and everyone else through the API.
 */
public final class OperatorBootstrap {

    public static final String USER = "operator";
    public static final String KEY_FILE = "operator.key";

    private OperatorBootstrap() {
    }

    /** The key file written now, or empty when an operator user already exists. */
    public static Optional<Path> ensure(EngineRunner runner, Path dataDir)
            throws IOException, ExecutionException, InterruptedException {
        boolean exists = runner.query(engine -> engine.context(Access.class).users().stream()
                .anyMatch(u -> u.role() == UserRole.OPERATOR)).get();
        if (exists) {
            return Optional.empty();
        }
        String key = MachineUsers.provision(runner, USER, EngineRunner.SYSTEM_ACTOR, UserRole.OPERATOR);
        Path file = dataDir.resolve(KEY_FILE);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, key + System.lineSeparator());
        return Optional.of(file);
    }
}
