package till.worker;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link Job} on its own named thread under one lifecycle ({@link WorkerState}): start-up, then rounds with
 * a {@link Pause} between them, until {@link #stop}. Nothing the job throws ends the worker silently: the failure is
 * logged with its stack, published as {@link WorkerState#FAILED} with its cause (the icons show it), and the job is
 * started again after a back-off; {@code Error}s such as an {@code OutOfMemoryError} in one round included. Stopping
 * cancels the round in flight ({@link Job#cancel}), wakes the wait and joins the thread with a bound. Every change
 * goes to the listeners, on their executors, in the order it happened. Thread-safe.
 */
public final class Worker {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private final String name;
    private final Job job;
    private final Sleeper sleeper;
    private final Backoff restarts;
    private final Clock clock;
    private final Listeners<WorkerStatus> listeners = new Listeners<>();
    private final Object lock = new Object();
    private WorkerStatus status;
    private Thread thread;

    /**
     * @param name     the worker's and its thread's name, e.g. {@code order-sender}
     * @param sleeper  where it waits between rounds and before a restart ({@link #wake()} ends the wait)
     * @param restarts how long to wait before starting the job again after a failure; reset by a round that ends well
     */
    public Worker(String name, Job job, Sleeper sleeper, Backoff restarts, Clock clock) {
        this.name = name;
        this.job = job;
        this.sleeper = sleeper;
        this.restarts = restarts;
        this.clock = clock;
        this.status = WorkerStatus.initial(name, clock.instant());
    }

    /** Starts the thread. @throws IllegalStateException unless the worker is new */
    public void start() {
        synchronized (lock) {
            if (status.state() != WorkerState.NEW) {
                throw new IllegalStateException(name + " was already started (" + status.state() + ")");
            }
            thread = new Thread(this::loop, name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} ended on an error it could not report", name,
                    e));
            move(WorkerState.STARTING, Optional.empty());
            thread.start();
        }
    }

    /** Ends the current wait between rounds (or the next one): the job has something to do now. */
    public void wake() {
        sleeper.wake();
    }

    /**
     * Stops the worker: cancels the round in flight, wakes its wait and joins its thread for at most {@code bound}.
     * Idempotent.
     *
     * @return true when the thread has ended
     */
    public boolean stop(Duration bound) throws InterruptedException {
        Thread worker;
        synchronized (lock) {
            if (status.state() == WorkerState.NEW) {
                move(WorkerState.TERMINATED, Optional.empty());
            } else if (status.state().live()) {
                move(WorkerState.STOPPING, Optional.empty());
            }
            worker = thread;
        }
        if (worker == null) {
            return true;
        }
        job.cancel();
        sleeper.wake();
        worker.join(Math.max(1, bound.toMillis()));
        return !worker.isAlive();
    }

    public WorkerStatus status() {
        synchronized (lock) {
            return status;
        }
    }

    /** Calls {@code listener} on {@code executor} with the current status now and with every later change. */
    public void addListener(Executor executor, Consumer<WorkerStatus> listener) {
        synchronized (lock) {
            listeners.add(executor, listener, status);
        }
    }

    private void loop() {
        while (live()) {
            try {
                job.startUp();
                if (!moveIfLive(WorkerState.RUNNING)) {
                    break;
                }
                runRounds();
            } catch (Throwable e) {
                if (!live()) {
                    // A cancelled call fails as it should while stopping: that is the stop, not a failure.
                    break;
                }
                failed(e);
            }
        }
        shutDown();
    }

    private void runRounds() throws Exception {
        while (live()) {
            Pause pause = job.round();
            restarts.reset();
            if (!live()) {
                return;
            }
            if (pause.backOff()) {
                sleeper.forgetWakes();
            }
            if (!pause.length().isZero()) {
                sleeper.await(pause.length());
            }
        }
    }

    private void failed(Throwable e) {
        Duration wait = restarts.next();
        LOG.error("{} failed unexpectedly; it starts again in {} ms", name, wait.toMillis(), e);
        synchronized (lock) {
            if (!status.state().live()) {
                return;
            }
            move(WorkerState.FAILED, Optional.of(WorkerStatus.words(e)));
        }
        try {
            sleeper.forgetWakes();
            sleeper.await(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            if (status.state() == WorkerState.FAILED) {
                status = new WorkerStatus(name, status.state(), status.since(), status.failure(),
                        status.restarts() + 1);
                move(WorkerState.STARTING, Optional.empty());
            }
        }
    }

    private void shutDown() {
        try {
            job.shutDown();
        } catch (Throwable e) {
            LOG.warn("{} did not shut down cleanly", name, e);
        }
        synchronized (lock) {
            if (status.state() != WorkerState.STOPPING) {
                move(WorkerState.STOPPING, Optional.empty());
            }
            move(WorkerState.TERMINATED, Optional.empty());
        }
    }

    private boolean live() {
        synchronized (lock) {
            return status.state().live() && !Thread.currentThread().isInterrupted();
        }
    }

    private boolean moveIfLive(WorkerState next) {
        synchronized (lock) {
            if (!status.state().live()) {
                return false;
            }
            move(next, Optional.empty());
            return true;
        }
    }

    /** Caller holds the lock. Publishing under it keeps every listener's view in the order the changes happened. */
    private void move(WorkerState next, Optional<String> failure) {
        WorkerState old = status.state();
        if (!old.canMoveTo(next)) {
            throw new IllegalStateException("illegal worker transition " + name + " " + old + " -> " + next);
        }
        LOG.info("{} {} -> {}{}", name, old, next, failure.map(f -> " (" + f + ")").orElse(""));
        status = new WorkerStatus(name, next, clock.instant(), failure, status.restarts());
        listeners.publish(status);
    }
}
