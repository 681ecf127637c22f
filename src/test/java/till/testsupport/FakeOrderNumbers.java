package till.testsupport;

import till.order.OrderNumbers;
import till.order.OrderUid;

/** Hands out sequence numbers 1, 2, 3... from memory. Thread-safe. */
public final class FakeOrderNumbers implements OrderNumbers {

    private int last;

    public FakeOrderNumbers() {
        this(0);
    }

    /** @param last the number handed out before, so the next one is {@code last + 1} */
    public FakeOrderNumbers(int last) {
        this.last = last;
    }

    @Override
    public synchronized OrderUid next(long sessionId, int loginNumber) {
        last++;
        return new OrderUid(sessionId, loginNumber, last);
    }
}
