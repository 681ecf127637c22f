package till.push;

/** Acts on one notification from the server; runs on the executor it was registered with. */
@FunctionalInterface
public interface NotificationHandler {

    void handle(BusMessage message);
}
