package till.push;

/** Told about every new {@link ConnectionStatus}, on the executor it was registered with. */
@FunctionalInterface
public interface StatusListener {

    void statusChanged(ConnectionStatus status);
}
