package till.setup;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Completes a server address typed without a scheme ({@code shop.example:8069}, {@code 192.168.1.10:8069}) to a web
 * address: {@code http://} for this machine and the shop's own network (loopback, private and link-local IPv4
 * addresses, {@code localhost}, names ending in {@code .local} or {@code .lan}), where Odoo usually runs without a
 * certificate; {@code https://} for every other name, with TLS verification on as always (decision 0245). An address
 * with a scheme, or one that cannot be read, is returned as typed so the check that follows says what is wrong.
 * No name is looked up. Stateless.
 */
public final class ServerAddress {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private ServerAddress() {
    }

    /** The address with {@code http://} or {@code https://} in front when it had no scheme. */
    public static String complete(String typed) {
        String address = typed.strip();
        if (address.isEmpty() || SCHEME.matcher(address).matches()) {
            return address;
        }
        try {
            String host = new URI("http://" + address).getHost();
            if (host == null) {
                return address;
            }
            return (local(host) ? "http://" : "https://") + address;
        } catch (URISyntaxException e) {
            return address;
        }
    }

    /** This machine or the shop's own network, by its name or its IPv4 literal (never looked up). */
    static boolean local(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
                || name.endsWith(".lan") || name.equals("[::1]")) {
            return true;
        }
        if (!IPV4.matcher(name).matches()) {
            return false;
        }
        try {
            InetAddress ip = InetAddress.getByName(name);
            return ip.isLoopbackAddress() || ip.isSiteLocalAddress() || ip.isLinkLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
