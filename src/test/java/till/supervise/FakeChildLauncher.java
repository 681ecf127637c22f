package till.supervise;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Children that end at once with scripted exit codes (the last one repeats), or, with {@link #runningUntilStopped},
 * children that run until stopped and then die of the SIGTERM (143). Counts starts and stops. Thread-safe.
 */
final class FakeChildLauncher implements ChildLauncher {

    private static final long BOUND_MS = 10_000;

    private final Deque<Integer> codes;
    private final Integer last;
    private int starts;
    private int stops;

    FakeChildLauncher(Integer... codes) {
        this.codes = new ArrayDeque<>(List.of(codes));
        this.last = codes.length == 0 ? null : codes[codes.length - 1];
    }

    static FakeChildLauncher runningUntilStopped() {
        return new FakeChildLauncher();
    }

    @Override
    public synchronized Child start() {
        starts++;
        notifyAll();
        Integer code = codes.isEmpty() ? last : codes.removeFirst();
        return code == null ? new RunningChild() : new EndedChild(code);
    }

    synchronized int starts() {
        return starts;
    }

    synchronized int stops() {
        return stops;
    }

    /** Waits (bounded) until {@code n} children were started. */
    synchronized void awaitStarts(int n) throws InterruptedException {
        long end = System.currentTimeMillis() + BOUND_MS;
        while (starts < n) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no child " + n + " started within " + BOUND_MS + " ms");
            }
            wait(left);
        }
    }

    private synchronized void stopped() {
        stops++;
    }

    private record EndedChild(int code) implements Child {

        @Override
        public int waitFor() {
            return code;
        }

        @Override
        public void stop(Duration grace) {
            throw new AssertionError("an ended child was stopped");
        }
    }

    private final class RunningChild implements Child {

        private boolean ended;

        @Override
        public synchronized int waitFor() throws InterruptedException {
            while (!ended) {
                wait();
            }
            return 143;
        }

        @Override
        public void stop(Duration grace) {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
            stopped();
        }
    }
}
