package till.print;

/**
 * A receipt printer, however it is reached ({@link PrinterDevice}). A printer problem is never an exception: the
 * {@link Delivery} or {@link PrinterHealth} says what happened. Implementations are thread-safe as far as one job
 * prints at a time (the print queue's thread) while {@link #cancel} may come from any thread.
 */
public interface Printer {

    /** The device string of this printer. */
    String device();

    /** Asks the printer how it is (bounded by the printer's timeouts). */
    PrinterHealth health();

    /**
     * Prints one job. {@code sending} runs once, right before the first byte that could print leaves, and not at
     * all when the printer is found unable to print: after it, a failure means the job may have printed.
     */
    Delivery print(PrintWork work, Runnable sending);

    /** Cuts the job in flight short (closes its connection), so that stopping the queue is prompt. Idempotent. */
    void cancel();
}
