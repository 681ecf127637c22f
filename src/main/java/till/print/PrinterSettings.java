package till.print;

import java.time.Duration;
import java.util.Optional;

/**
 * How the till reaches its receipt printer and what paper it takes. Immutable.
 *
 * @param device         where it is ({@link PrinterDevice#parse})
 * @param codePage       its code table; empty: chosen by the shop's language ({@link CodePage#forLanguage})
 * @param connectTimeout how long to wait for a network printer to accept the connection
 * @param readTimeout    how long to wait for the answer to a status request
 * @param deadline       the longest one job may take (a printer that stops reading is cut off after it)
 */
public record PrinterSettings(PrinterDevice device, PaperWidth width, Optional<CodePage> codePage,
                              Duration connectTimeout, Duration readTimeout, Duration deadline) {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Printers answer a status request within milliseconds; one that has not after this never will. */
    public static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
    /** A long receipt with a logo takes a few seconds at the slowest printer speeds. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    /** The settings for a device string with the default timeouts and the code table of the shop's language. */
    public static PrinterSettings of(String device, PaperWidth width) {
        return new PrinterSettings(PrinterDevice.parse(device), width, Optional.empty(), CONNECT_TIMEOUT,
                READ_TIMEOUT, DEADLINE);
    }

    public PrinterSettings withCodePage(CodePage page) {
        return new PrinterSettings(device, width, Optional.of(page), connectTimeout, readTimeout, deadline);
    }

    public PrinterSettings withTimeouts(Duration connect, Duration read, Duration job) {
        return new PrinterSettings(device, width, codePage, connect, read, job);
    }
}
