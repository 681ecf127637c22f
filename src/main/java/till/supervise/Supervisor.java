package till.supervise;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import till.worker.Sleeper;

/**
 * Runs the till as a child process and starts it again when it crashes, until it ends normally, refuses to start
 * (usage or configuration error), crashes too often, or {@link #stop} is called. {@link #run} on one thread;
 * {@link #stop} from any other (the shutdown hook). Thread-safe.
 */
public final class Supervisor {

    /** What {@link #run} returns when the till crashed more often than allowed. */
    static final int GAVE_UP = 1;

    private final ChildLauncher launcher;
    private final SuperviseOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PrintStream err;
    private final Object lock = new Object();
    private Child current;
    private boolean stopping;

    Supervisor(ChildLauncher launcher, SuperviseOptions options, Clock clock, Sleeper sleeper, PrintStream err) {
        this.launcher = launcher;
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
        this.err = err;
    }

    /** Supervises until the till ends for good, and returns the exit code for the supervisor itself. */
    public int run() throws InterruptedException {
        CrashWindow crashes = new CrashWindow(options.maxRestarts(), options.window());
        while (true) {
            Child child;
            try {
                child = startUnlessStopping();
            } catch (IOException e) {
                say("cannot start the till: " + e.getMessage());
                return 1;
            }
            if (child == null) {
                return 0;
            }
            ChildExit exit = new ChildExit(child.waitFor());
            if (isStopping()) {
                return 0;
            }
            switch (exit.outcome()) {
                case ENDED -> {
                    say("the till ended normally; stopping");
                    return 0;
                }
                case REFUSED -> {
                    say("the till " + exit.describe() + " (a usage or configuration error); not starting it again");
                    return exit.code();
                }
                case CRASHED -> {
                    if (!crashes.recordAndAllow(clock.instant())) {
                        say("the till " + exit.describe() + "; it crashed " + crashes.crashesInWindow()
                                + " times within " + options.window().toSeconds() + " s, more than the "
                                + options.maxRestarts() + " restarts allowed; giving up");
                        return GAVE_UP;
                    }
                    say("the till " + exit.describe() + "; starting it again in " + options.delay().toMillis()
                            + " ms");
                    sleeper.await(options.delay());
                }
            }
        }
    }

    /**
     * Stops supervising: no new till is started, and the running one is asked to end (then killed after the grace
     * period). Idempotent; returns once the child has ended.
     */
    public void stop() throws InterruptedException {
        Child running;
        synchronized (lock) {
            stopping = true;
            running = current;
        }
        sleeper.wake();
        if (running != null) {
            say("stopping the till");
            running.stop(options.stopTimeout());
        }
    }

    private Child startUnlessStopping() throws IOException {
        synchronized (lock) {
            if (stopping) {
                return null;
            }
            current = launcher.start();
            return current;
        }
    }

    private boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    private void say(String message) {
        err.println("till supervise: " + message);
        err.flush();
    }
}
