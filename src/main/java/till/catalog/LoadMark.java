package till.catalog;

import java.time.Instant;

/**
 * Where the product load stands, stored with each page in the same transaction so a dropped connection resumes from
 * the last stored page (docs/catalog.md). Immutable.
 *
 * @param nextOffset   the offset of the next page of a full load in progress; -1 when the full load is complete
 * @param cursor       the newest write date stored so far ({@code ""} before the first page): an incremental
 *                     refresh asks for what was written after it
 * @param reconciledAt when the cached ids were last checked against the server's (null: never)
 */
public record LoadMark(int nextOffset, String cursor, Instant reconciledAt) {

    /** Before any page. */
    public static final LoadMark NONE = new LoadMark(0, "", null);

    public LoadMark {
        cursor = cursor == null ? "" : cursor;
    }

    public boolean fullLoadDone() {
        return nextOffset < 0;
    }

    /** This mark with the newer of its cursor and {@code written}; write dates sort as text. */
    public LoadMark seen(String written) {
        return written.compareTo(cursor) > 0 ? new LoadMark(nextOffset, written, reconciledAt) : this;
    }

    public LoadMark atOffset(int offset) {
        return new LoadMark(offset, cursor, reconciledAt);
    }

    public LoadMark reconciled(Instant at) {
        return new LoadMark(nextOffset, cursor, at);
    }
}
