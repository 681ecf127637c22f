package till.print;

/** Where a print job is. Immutable. */
public enum PrintJobState {
    /** Waiting for the printer (again, after a failed try: see the job's last error). */
    QUEUED,
    /** Being sent to the printer. Found at a start, it was cut by a crash: it may have printed (decision 0142). */
    PRINTING,
    /** The printer took it. */
    PRINTED,
    /** It can never print (its order is missing); the cause says why. A reprint is still possible. */
    FAILED,
    /** Called off by the cashier, or too old when found at a start; never printed by itself. */
    CANCELLED;

    /** Whether the queue will still try to print it. */
    public boolean pending() {
        return this == QUEUED || this == PRINTING;
    }
}
