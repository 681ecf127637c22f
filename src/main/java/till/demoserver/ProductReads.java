package till.demoserver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the {@code product.product search_read} calls the demo answers (and 17's
 * {@code get_pos_ui_product_product_by_params}) and the records they carry, so a test can
 * tell a full load from a refresh of what changed, and a resumed load from one started over. Thread-safe.
 */
public final class ProductReads {

    /** Calls and records so far. Immutable. */
    public record Count(long calls, long records) {

        /** What was read between {@code earlier} and this count. */
        public Count since(Count earlier) {
            return new Count(calls - earlier.calls, records - earlier.records);
        }
    }

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong records = new AtomicLong();

    /** Counts the answer when it is a product read; returns it. */
    ArrayNode counted(String model, ArrayNode answer) {
        if (model.equals("product.product")) {
            synchronized (this) {
                calls.incrementAndGet();
                records.addAndGet(answer.size());
            }
        }
        return answer;
    }

    synchronized Count count() {
        return new Count(calls.get(), records.get());
    }
}
