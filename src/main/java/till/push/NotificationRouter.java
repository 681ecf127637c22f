package till.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each notification to the handlers registered for its channel name (14; on 15, whose items have no channel,
 * the type stands for it) or for its {@code message.type}, each on its own
 * executor. A message nobody handles is logged once per channel name or type; a failing handler is logged and
 * never stops the others or the poller. Thread-safe.
 */
public final class NotificationRouter {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRouter.class);

    private record Registration(Executor executor, NotificationHandler handler) {
    }

    private final Map<String, List<Registration>> byName = new ConcurrentHashMap<>();
    private final Map<String, List<Registration>> byType = new ConcurrentHashMap<>();
    private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();

    /** Handles messages on the POS channel {@code name}, e.g. {@code pos_partner_sync}. */
    public void onChannel(String name, Executor executor, NotificationHandler handler) {
        byName.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(new Registration(executor, handler));
    }

    /** Handles messages whose {@code message.type} is {@code type}, e.g. 15's {@code pos.sync}. */
    public void onType(String type, Executor executor, NotificationHandler handler) {
        byType.computeIfAbsent(type, n -> new CopyOnWriteArrayList<>()).add(new Registration(executor, handler));
    }

    /** The channel names handlers listen on; the poller subscribes to their POS channel strings. */
    public Set<String> channelNames() {
        return Set.copyOf(byName.keySet());
    }

    public void dispatch(List<BusMessage> messages) {
        for (BusMessage message : messages) {
            // 15 has no channel in its items: there the type plays the channel name's part.
            String name = message.name().isEmpty() ? message.type() : message.name();
            List<Registration> targets = new ArrayList<>(byName.getOrDefault(name, List.of()));
            byType.getOrDefault(message.type(), List.of()).stream().filter(r -> !targets.contains(r))
                    .forEach(targets::add);
            if (targets.isEmpty()) {
                String key = message.name().isEmpty() ? "type " + message.type() : "channel " + message.name();
                if (reportedUnknown.add(key)) {
                    LOG.info("no handler for notifications on {} (id {}); such messages are ignored", key,
                            message.id());
                }
            }
            for (Registration r : targets) {
                r.executor().execute(() -> run(r.handler(), message));
            }
        }
    }

    private static void run(NotificationHandler handler, BusMessage message) {
        try {
            handler.handle(message);
        } catch (RuntimeException e) {
            LOG.warn("a handler failed on notification {} ({} {}): {}", message.id(), message.name(), message.type(),
                    e.toString());
        }
    }
}
