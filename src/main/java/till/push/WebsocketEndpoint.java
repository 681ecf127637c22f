package till.push;

import java.net.URI;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Where the websocket bus of an Odoo 16+ server is and what the till subscribes to there. Comes from the login and
 * the loaded POS data: until {@code till.odoo.PosContext} carries them, the wiring builds it (decision 0082).
 * Immutable.
 *
 * @param server   the server's address: the {@code Origin} of the upgrade, as the web client sends it
 * @param push     where {@code /websocket} is served: the push URL, or the server itself
 * @param version  {@code websocket_worker_version} from the session info ({@code "17.0-1"}, {@code "18.0-3"},
 *                 {@code "19.0-2"}); empty for 16, which takes no {@code version} parameter
 * @param channels the POS channels: 17's {@code pos_session-<session id>-<access_token>}, 18's and 19's bare
 *                 {@code pos.config} access token
 */
public record WebsocketEndpoint(URI server, URI push, String version, List<String> channels) {

    /** The route of the upgrade. */
    public static final String ROUTE = "/websocket";
    /** The polling fallback's route (protocol §9.7). */
    public static final String PEEK = "/websocket/peek_notifications";
    /** The health route on the server that serves the websocket. */
    public static final String HEALTH = "/websocket/health";

    public WebsocketEndpoint {
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a websocket needs at least one channel");
        }
    }

    /** Odoo 16 and later push over the websocket bus; 14 and 15 long-poll. */
    public static boolean serves(int major) {
        return major >= 16;
    }

    /** {@code <push>/websocket?version=<version>}, as an http(s) address (OkHttp upgrades it). */
    public HttpUrl url() {
        HttpUrl.Builder url = base(push).newBuilder().encodedPath(ROUTE).query(null);
        if (!version.isEmpty()) {
            url.addQueryParameter("version", version);
        }
        return url.build();
    }

    /** The {@code Origin} header: the server's scheme, host and port, with no path. */
    public String origin() {
        HttpUrl url = base(server);
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return url.scheme() + "://" + url.host() + (defaultPort ? "" : ":" + url.port());
    }

    /** The push address without a trailing slash, for messages. */
    public String pushServer() {
        String text = push.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static HttpUrl base(URI uri) {
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new IllegalArgumentException("not an http or https address: " + uri);
        }
        return url;
    }
}
