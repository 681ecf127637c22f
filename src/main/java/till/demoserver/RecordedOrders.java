package till.demoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An order intake whose calls are recorded in {@link OrderCalls}, per order they carry, from arrival to the end of
 * the server's work. Thread-safe, as the intake it wraps.
 */
final class RecordedOrders implements OrderSync {

    private final OrderSync intake;
    private final OrderCalls calls;

    RecordedOrders(OrderSync intake, OrderCalls calls) {
        this.intake = intake;
        this.calls = calls;
    }

    @Override
    public String method() {
        return intake.method();
    }

    @Override
    public List<String> keys(JsonNode args) {
        return intake.keys(args);
    }

    @Override
    public JsonNode sync(JsonNode args, JsonNode kwargs) {
        Object call = calls.begin(intake.keys(args));
        try {
            return intake.sync(args, kwargs);
        } finally {
            calls.end(call);
        }
    }
}
