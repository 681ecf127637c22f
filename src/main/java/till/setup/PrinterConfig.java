package till.setup;

import java.util.Optional;
import till.print.CodePage;
import till.print.PaperWidth;
import till.print.PrinterSettings;

/**
 * The printer keys of {@code till.properties}: the receipt printer, its paper and code table, whether receipts
 * print by themselves after a payment, and whether cash payments open the drawer. Immutable.
 *
 * @param device    the device string ({@code tcp://HOST[:PORT]}, {@code file:PATH}, {@code queue:NAME}...), or empty
 *                  when the till has no printer
 * @param codePage  the code table to use; empty: the one of the shop's language
 * @param autoPrint print the receipt right after each payment
 * @param drawer    open the cash drawer (hanging on the printer) on cash payments
 */
public record PrinterConfig(Optional<String> device, PaperWidth width, Optional<CodePage> codePage,
                            boolean autoPrint, boolean drawer) {

    /** No printer configured. */
    public static final PrinterConfig NONE = new PrinterConfig(Optional.empty(), PaperWidth.MM80, Optional.empty(),
            true, true);

    public boolean configured() {
        return device.isPresent();
    }

    /** How to reach the printer, with the default timeouts; empty when there is none. */
    public Optional<PrinterSettings> settings() {
        return device.map(d -> {
            PrinterSettings settings = PrinterSettings.of(d, width);
            return codePage.map(settings::withCodePage).orElse(settings);
        });
    }

    /**
     * The paper as an admin writes it: {@code 58} or {@code 80} (millimetres), or the columns of a line.
     *
     * @param where the file or option it came from, for the message
     */
    public static PaperWidth paper(String where, String value) throws ConfigException {
        return PrinterKeys.paper(where, value);
    }

    public PrinterConfig withDevice(String newDevice, PaperWidth newWidth, boolean newAutoPrint) {
        return new PrinterConfig(Optional.of(newDevice), newWidth, codePage, newAutoPrint, drawer);
    }
}
