package till.closing;

import java.util.List;

/**
 * Where the closing screen sends the Z report to be printed: the till's receipt printer, through its durable print
 * queue. Both calls write to the till's store and return without waiting for the printer: call them off the FX
 * thread. Implementations are thread-safe.
 */
public interface ZReportPaper {

    /**
     * Queues the session's Z report: once per session, however often called (a close answered twice, a restart).
     *
     * @param lines the report as the screen shows it, title first
     */
    void original(long sessionId, List<String> lines);

    /** Queues another copy, printed marked DUPLICATE. */
    void copy(long sessionId, List<String> lines);
}
