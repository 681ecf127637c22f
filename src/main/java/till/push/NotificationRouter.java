package till.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each notification to the handlers registered for its channel name (14; on 15, whose items have no channel,
 * the type stands for it) or for its {@code message.type}, each on its own
 * executor. A message nobody handles is logged once per channel name or type. A failing handler never stops the
 * others: one that ran on the dispatching thread (the push connection's worker) is handed back to the caller, which
 * fails with it; one on another executor is logged there. Thread-safe.
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

    /**
     * Hands every message to its handlers, each on its executor.
     *
     * @return the first failure of a handler that ran on this thread during the call (later ones are added to it as
     *     suppressed), or empty
     */
    public Optional<RuntimeException> dispatch(List<BusMessage> messages) {
        Collected failures = new Collected(Thread.currentThread());
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
                r.executor().execute(() -> run(r.handler(), message, failures));
            }
        }
        failures.open = false;
        return Optional.ofNullable(failures.first);
    }

    private static void run(NotificationHandler handler, BusMessage message, Collected failures) {
        try {
            handler.handle(message);
        } catch (RuntimeException e) {
            if (!failures.add(e)) {
                LOG.warn("a handler failed on notification {} ({} {})", message.id(), message.name(), message.type(),
                        e);
            }
        }
    }

    /** The failures of handlers that run on the dispatching thread while it dispatches. Confined to that thread. */
    private static final class Collected {

        private final Thread dispatcher;
        private boolean open = true;
        private RuntimeException first;

        Collected(Thread dispatcher) {
            this.dispatcher = dispatcher;
        }

        /** Keeps {@code e} when it happened on the dispatching thread during the dispatch; false otherwise. */
        boolean add(RuntimeException e) {
            if (Thread.currentThread() != dispatcher || !open) {
                return false;
            }
            if (first == null) {
                first = e;
            } else {
                first.addSuppressed(e);
            }
            return true;
        }
    }
}
