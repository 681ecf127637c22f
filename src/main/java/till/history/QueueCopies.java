package till.history;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.fx.Async;
import till.order.PaidOrder;
import till.print.PrintQueue;

/**
 * Reprint on the till's durable print queue: {@link PrintQueue#reprint} queues a copy marked DUPLICATE, on the I/O
 * executor, so an order never gets a second original (decision 0143). Thread-safe.
 */
public final class QueueCopies implements ReceiptCopies {

    private static final Logger LOG = LoggerFactory.getLogger(QueueCopies.class);

    private final PrintQueue queue;
    private final Async async;
    private final Consumer<PaidOrder> show;

    /** @param show shows the demo printer's picture of an order; null when the printer is not the demo one */
    public QueueCopies(PrintQueue queue, Async async, Consumer<PaidOrder> show) {
        this.queue = queue;
        this.async = async;
        this.show = show;
    }

    @Override
    public boolean canPrint() {
        return true;
    }

    @Override
    public void reprint(PaidOrder paid, Consumer<String> failed) {
        async.run(() -> queue.reprint(paid.uid()), id -> LOG.info("a copy of the receipt of {} is queued (job {},"
                + " DUPLICATE)", paid.uid(), id), e -> {
                    LOG.error("the copy of the receipt of {} could not be queued", paid.uid(), e);
                    failed.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                });
    }

    @Override
    public boolean showable() {
        return show != null;
    }

    @Override
    public void show(PaidOrder paid) {
        if (show != null) {
            show.accept(paid);
        }
    }
}
