package till.print;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the print queue, as stored. Immutable.
 *
 * @param id        the queue's order: jobs print oldest id first
 * @param orderUid  the paid order whose receipt this is; empty for a report or a drawer kick alone
 * @param report    whether it prints a report (kept with the job) rather than a receipt
 * @param duplicate print the receipt marked DUPLICATE (a reprint, or a retry after a try that may have printed)
 * @param kick      open the cash drawer with it
 * @param attempts  how many times it was sent or tried
 * @param lastError why the last try failed, in words; empty if none did
 */
public record PrintJob(long id, Optional<String> orderUid, boolean report, boolean duplicate, boolean kick,
                       PrintJobState state, int attempts, String lastError, Instant createdAt, Instant updatedAt) {

    /** Whether this job only opens the drawer. */
    public boolean drawerOnly() {
        return orderUid.isEmpty() && !report;
    }
}
