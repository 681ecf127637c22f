package till.testsupport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a bounded timeout, polling every 5 ms; never a fixed sleep. Stateless. */
public final class Await {

    private Await() {
    }

    /** @throws AssertionError naming {@code what} when the condition is still false after {@code seconds} */
    public static void until(BooleanSupplier condition, String what, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
