package till.fx;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The executor seam of the view models: blocking work runs on the I/O executor, its result is applied on the UI
 * executor. Production passes a single named I/O thread and {@code Platform::runLater}; unit tests pass
 * {@code Runnable::run} for both. Thread-safe.
 *
 * <p>The I/O executor must run tasks one at a time, in submission order: the view models rely on it so that a
 * later edit of an order always sees the result of an earlier one.
 */
public final class Async {

    private final Executor io;
    private final Executor ui;

    public Async(Executor io, Executor ui) {
        this.io = Objects.requireNonNull(io, "io");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Both sides on the calling thread: for tests of view-model logic without a toolkit. */
    public static Async sameThread() {
        return new Async(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} on the I/O executor, then {@code onDone} with its result, or {@code onFailure} with what it
     * threw, on the UI executor.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Exception> onFailure) {
        io.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onDone.accept(result));
        });
    }
}
