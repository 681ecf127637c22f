package till.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import till.print.CodePage;
import till.print.PaperWidth;
import till.print.PrinterDevice;

/**
 * Reads, checks and writes the printer keys of {@code till.properties} (kept apart from {@link ConfigFile}'s
 * connection keys, which {@code till setup} rewrites: the printer lines of the file being replaced are kept).
 * Stateless.
 */
final class PrinterKeys {

    static final String DEVICE = "printer.device";
    static final String PAPER = "printer.paper";
    static final String CODE_PAGE = "printer.codepage";
    static final String AUTO_PRINT = "printer.autoprint";
    static final String DRAWER = "printer.drawer";
    static final List<String> KEYS = List.of(DEVICE, PAPER, CODE_PAGE, AUTO_PRINT, DRAWER);
    /** The first comment line of the printer keys; each key's own comment starts with {@code # printer.}. */
    static final String HEADER = "# The receipt printer (docs/printing.md)";

    /** Whether a line of the file belongs to the printer keys (a key, or one of their comments). */
    static boolean isPrinterLine(String line) {
        String key = line.split("[=:]", 2)[0].strip();
        return KEYS.contains(key) || line.startsWith(HEADER) || line.startsWith("# printer.");
    }

    private PrinterKeys() {
    }

    /** The printer keys, checked; {@link PrinterConfig#NONE} when no device is set. */
    static PrinterConfig read(String file, Properties p) throws ConfigException {
        String device = p.getProperty(DEVICE, "").strip();
        PaperWidth width = paper(file, p.getProperty(PAPER, "").strip());
        Optional<CodePage> codePage = codePage(file, p.getProperty(CODE_PAGE, "").strip());
        boolean autoPrint = bool(file, p, AUTO_PRINT, true);
        boolean drawer = bool(file, p, DRAWER, true);
        if (device.isEmpty()) {
            return new PrinterConfig(Optional.empty(), width, codePage, autoPrint, drawer);
        }
        try {
            PrinterDevice.parse(device);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": \"" + DEVICE + "\" is " + e.getMessage() + ".", e);
        }
        return new PrinterConfig(Optional.of(device), width, codePage, autoPrint, drawer);
    }

    /**
     * The paper: {@code 58} or {@code 80} (millimetres), or the columns a line holds ({@code 32}, {@code 42},
     * {@code 48}); empty is 80 mm.
     */
    static PaperWidth paper(String where, String value) throws ConfigException {
        switch (value.toLowerCase(Locale.ROOT).replace("mm", "").strip()) {
            case "", "80", "48" -> {
                return PaperWidth.MM80;
            }
            case "58", "32" -> {
                return PaperWidth.MM58;
            }
            case "42" -> {
                return PaperWidth.MM80_42;
            }
            default -> throw new ConfigException(where + ": \"" + PAPER + "\" is \"" + value + "\", expected 58 or 80"
                    + " (millimetres), or 32, 42 or 48 (characters a line).");
        }
    }

    private static Optional<CodePage> codePage(String where, String value) throws ConfigException {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<CodePage> page = CodePage.named(value);
        if (page.isEmpty()) {
            throw new ConfigException(where + ": \"" + CODE_PAGE + "\" is \"" + value + "\", expected CP1252, CP858"
                    + " or CP437, or nothing for the table of the shop's language.");
        }
        return page;
    }

    private static boolean bool(String where, Properties p, String key, boolean otherwise) throws ConfigException {
        String value = p.getProperty(key, String.valueOf(otherwise)).strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException(where + ": \"" + key + "\" is \"" + value + "\", expected true or false.");
        }
        return value.equals("true");
    }

    /** The lines for these settings, with their comments; nothing when no printer is configured. */
    static String lines(PrinterConfig config) {
        if (!config.configured()) {
            return "";
        }
        return HEADER + ": tcp://HOST[:PORT], file:/dev/usb/lp0, queue:NAME.\n"
                + DEVICE + "=" + ConfigFile.escape(config.device().get()) + "\n"
                + "# " + PAPER + ": 58 or 80 (mm), or 42 for 80 mm printers that print 64 mm.\n"
                + PAPER + "=" + paperWords(config.width()) + "\n"
                + "# " + CODE_PAGE + ": CP1252, CP858 or CP437; empty: the one of the shop's language.\n"
                + CODE_PAGE + "=" + config.codePage().map(Enum::name).orElse("") + "\n"
                + "# " + AUTO_PRINT + ": true prints the receipt after each payment; false only on Print.\n"
                + AUTO_PRINT + "=" + config.autoPrint() + "\n"
                + "# " + DRAWER + ": true opens the cash drawer on the printer on cash payments.\n"
                + DRAWER + "=" + config.drawer() + "\n";
    }

    /** The printer lines of a file as they are (even a wrong value: it is reported at the next start). */
    static String kept(Properties p) {
        List<String> lines = new ArrayList<>();
        for (String key : KEYS) {
            if (p.containsKey(key)) {
                lines.add(key + "=" + ConfigFile.escape(p.getProperty(key).strip()));
            }
        }
        return lines.isEmpty() ? "" : HEADER + ".\n" + String.join("\n", lines) + "\n";
    }

    private static String paperWords(PaperWidth width) {
        return switch (width) {
            case MM58 -> "58";
            case MM80_42 -> "42";
            case MM80 -> "80";
        };
    }
}
