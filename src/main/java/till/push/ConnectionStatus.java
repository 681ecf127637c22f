package till.push;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the longpolling icon shows: the state, since when, and why in plain words with what to do. Immutable.
 *
 * @param state the icon's look
 * @param since when the connection entered this state
 * @param cause why it is in this state (for a red state: the latest failure)
 */
public record ConnectionStatus(ConnectionState state, Instant since, BusCause cause) {

    /** One line for a tooltip, e.g. "Red since 10:42: ... — route it to port 8072". */
    public String describe(ZoneId zone) {
        String time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(since);
        String name = state.name().charAt(0) + state.name().substring(1).toLowerCase(Locale.ROOT);
        String advice = cause.advice().isEmpty() ? "" : " — " + cause.advice();
        return name + " since " + time + ": " + cause.words() + advice;
    }
}
