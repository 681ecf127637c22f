package till.order;

import java.util.Objects;

/**
 * Which line of which earlier paid order of this till a refund line gives back: the original's uid, its line's
 * {@link OrderLine#lineId()} and that line's place (0-based) among the original's lines. The server's ids are not
 * kept here: they are read from the server when the refund is sent, found by the uid and the line id (as uuids, 17+)
 * or the place (15, whose lines have no uuid; docs/refunds.md), so the send needs nothing but the refund. Immutable.
 */
public record RefundLink(String originalUid, int originalLineId, int originalLinePlace) {

    public RefundLink {
        Objects.requireNonNull(originalUid, "originalUid");
    }
}
