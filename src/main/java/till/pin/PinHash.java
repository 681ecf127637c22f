package till.pin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2 hash of the manager PIN, with the iteration count it was made with, so a stronger count for new PINs
 * never breaks the check of an old one (decision 0100). Immutable; verifying takes a few hundred milliseconds by
 * design: never on the JavaFX thread.
 *
 * @param iterations the PBKDF2 iteration count
 * @param salt       16 random bytes
 * @param hash       the 256-bit derived key
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * For new PINs. Measured on the 2-core build machine under load (load average 9): 0.5-0.7 s per check, 2.7 s for
     * the first one (cold JIT); docs/kiosk.md says why more would buy little for a PIN of a few digits.
     */
    public static final int STANDARD_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    public PinHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes a new PIN with a fresh random salt. */
    public static PinHash of(String pin, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Whether {@code pin} is the hashed one; compares in constant time. */
    public boolean matches(String pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash h && h.iterations == iterations && Arrays.equals(h.salt, salt)
                && Arrays.equals(h.hash, hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash);
    }

    /** Never the bytes: a record's default would print them into a log. */
    @Override
    public String toString() {
        return "PinHash[" + ALGORITHM + ", " + iterations + " iterations]";
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime has PBKDF2WithHmacSHA256 (a required algorithm since Java 8).
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
