package org.openets.cli;

import java.util.concurrent.Callable;
import org.openets.security.TotpCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints the current TOTP code of a secret, as an authenticator app would: for the demo and for scripts. */
@Command(name = "totp", mixinStandardHelpOptions = true,
        description = "Print the current six-digit TOTP code (RFC 6238) of a base32 secret.")
public final class TotpCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SECRET", description = "the base32 TOTP secret")
    String secret;

    @Override
    public Integer call() {
        if (!secret.matches("[A-Z2-7]{16,128}")) {
            System.out.println("error: SECRET is 16-128 characters of base32 (A-Z, 2-7)");
            return 2;
        }
        System.out.println(TotpCodes.codeAt(secret, System.currentTimeMillis()));
        return 0;
    }
}
