package till.doctor;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@code till doctor} checks: the server (and push URL), the database and login, the POS configuration, how
 * long to watch a held poll, and the connection budget when given. Immutable; {@link #toString()} hides the password.
 *
 * @param password   empty: the login and POS checks are skipped
 * @param configId   the POS configuration, 0 when unknown (the POS checks are skipped)
 * @param holdBound  how long the hold check waits for a held poll (60 s: Odoo's whole 50 s; {@code --quick}: 3 s)
 * @param limits     the connection budget, when given by options or an odoo.conf
 * @param timeLimit  Odoo's request time limit next to the till's settle time, when an odoo.conf was given
 */
public record DoctorOptions(URI server, URI pushUrl, String database, String login, Optional<String> password,
                            long configId, Duration holdBound, Optional<ConnectionLimits> limits,
                            Optional<RequestTimeLimit> timeLimit) {

    /** Options without an odoo.conf's request time limit. */
    public DoctorOptions(URI server, URI pushUrl, String database, String login, Optional<String> password,
                         long configId, Duration holdBound, Optional<ConnectionLimits> limits) {
        this(server, pushUrl, database, login, password, configId, holdBound, limits, Optional.empty());
    }

    URI pushServer() {
        return pushUrl == null ? server : pushUrl;
    }

    @Override
    public String toString() {
        return "DoctorOptions[server=" + server + ", pushUrl=" + pushUrl + ", database=" + database + ", login="
                + login + ", password=" + (password.isPresent() ? "***" : "none") + ", configId=" + configId + "]";
    }
}
