package till.worker;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The production {@link Sleeper}: a real timed wait on a condition. Thread-safe. */
public final class WakeableSleeper implements Sleeper {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean pending;

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (!pending && nanos > 0) {
                nanos = woken.awaitNanos(nanos);
            }
            boolean wasWoken = pending;
            pending = false;
            return wasWoken;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void forgetWakes() {
        lock.lock();
        try {
            pending = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void wake() {
        lock.lock();
        try {
            pending = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
