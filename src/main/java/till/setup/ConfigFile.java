package till.setup;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import till.order.LargeSale;

/**
 * Reads and writes {@code till.properties} in the data directory: a Java properties file an admin can edit by hand
 * (decision 0051). Every key is checked; an unknown key, a bad URL or a bad number is an error that names the file,
 * the key and what is expected. Stateless apart from its path; thread-safe. Over 250 lines: the one reader and writer
 * of the file; the printer and large-sale keys have classes of their own ({@link PrinterKeys}, {@link LargeSaleKeys}).
 */
public final class ConfigFile {

    public static final String NAME = "till.properties";
    static final String SERVER = "server.url";
    static final String PUSH = "push.url";
    static final String DATABASE = "database";
    static final String LOGIN = "login";
    static final String POS_CONFIG = "pos.config.id";
    static final String KEEP_PASSWORD = "password.keep";
    static final String KIOSK = "kiosk";
    static final String KIOSK_SCREEN = "kiosk.screen";
    static final String SETTLE = "orders.settle.seconds";
    /** The largest cash difference at closing that needs no note (default 0: any difference needs one). */
    static final String NOTE_THRESHOLD = "closing.note-threshold";
    static final String LANGUAGE = "language";
    private static final String LANGUAGE_COMMENT = "# The till's language (fr_BE, de, en-XA for the pseudo-locale);"
            + " empty: the Odoo user's language.\n";
    private static final List<String> KEYS = Stream.concat(Stream.of(SERVER, PUSH, DATABASE, LOGIN, POS_CONFIG,
            KEEP_PASSWORD, KIOSK, KIOSK_SCREEN, SETTLE, NOTE_THRESHOLD, LANGUAGE), Stream.concat(
            PrinterKeys.KEYS.stream(), LargeSaleKeys.KEYS.stream())).toList();
    /** A day: a longer request time limit is a typo. */
    private static final long LONGEST_SETTLE = 86_400;
    private static final String SETTLE_COMMENT = "# Seconds the server may work on one request (Odoo's limit_time_real,"
            + " 120 by default; till doctor --odoo-conf tells it):\n# an order whose send had no answer is looked up"
            + " only after this long, and sent again only if the server lacks it.\n";
    /** More monitors than any till has: a bigger number is a typo. */
    private static final int MOST_SCREENS = 16;

    private final Path file;

    public ConfigFile(Path dataDir) {
        this.file = dataDir.resolve(NAME);
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Reads and checks the file, the kiosk and printer keys included (see {@link #readKiosk()}). */
    public TillConfig read() throws ConfigException {
        Properties p = load();
        kiosk(p);
        PrinterKeys.read(file.toString(), p);
        String push = p.getProperty(PUSH, "").strip();
        String where = file.toString();
        return new TillConfig(url(where, SERVER, required(p, SERVER)), push.isEmpty() ? null : url(where, PUSH, push),
                required(p, DATABASE), required(p, LOGIN), number(p), bool(p, KEEP_PASSWORD, false), settle(p));
    }

    /** {@value #SETTLE}: whole seconds, 1 to a day; Odoo's default 120 when absent. */
    private Duration settle(Properties p) throws ConfigException {
        String value = p.getProperty(SETTLE, "").strip();
        if (value.isEmpty()) {
            return TillConfig.DEFAULT_SETTLE;
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 1 && seconds <= LONGEST_SETTLE) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new ConfigException(file + ": \"" + SETTLE + "\" is \"" + value + "\", expected whole seconds from 1 to "
                + LONGEST_SETTLE + ": at least the server's request time limit (Odoo's limit_time_real, 120 by"
                + " default).");
    }

    /**
     * The kiosk keys, checked; {@link KioskConfig#OFF} without a file (demo mode, where only {@code --kiosk} turns
     * kiosk mode on). Only the kiosk keys and unknown keys are checked here: the connection keys are the business of
     * {@link #read()}.
     */
    public KioskConfig readKiosk() throws ConfigException {
        return exists() ? kiosk(load()) : KioskConfig.OFF;
    }

    /**
     * The printer keys, checked; {@link PrinterConfig#NONE} without a file (demo mode). Like {@link #readKiosk()},
     * only these keys and unknown keys are checked here.
     */
    public PrinterConfig readPrinter() throws ConfigException {
        return exists() ? PrinterKeys.read(file.toString(), load()) : PrinterConfig.NONE;
    }

    /**
     * Replaces the printer keys of the existing file (the settings screen, {@code till setup --printer}), keeping
     * every other key as it is; written in one step like {@link #write}.
     */
    public void writePrinter(PrinterConfig printer) throws IOException, ConfigException {
        load();
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!PrinterKeys.isPrinterLine(line)) {
                text.append(line).append('\n');
            }
        }
        replace(text + PrinterKeys.lines(printer));
    }

    private void replace(String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(NAME + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The largest cash difference at closing that needs no note ({@code closing.note-threshold}); 0 without the key
     * or the file: any difference needs a note.
     */
    public java.math.BigDecimal readNoteThreshold() throws ConfigException {
        String value = exists() ? load().getProperty(NOTE_THRESHOLD, "").strip() : "";
        if (value.isEmpty()) {
            return java.math.BigDecimal.ZERO;
        }
        if (!value.matches("\\d{1,12}(\\.\\d{1,8})?")) {
            throw new ConfigException(file + ": \"" + NOTE_THRESHOLD + "\" is \"" + value + "\", expected an amount"
                    + " such as 5 or 2.50 (the largest cash difference at closing that needs no note).");
        }
        return new java.math.BigDecimal(value);
    }

    /**
     * The till's own language ({@code language}), checked; empty without the key or the file: the Odoo user's
     * language then decides ({@code till.i18n.LanguageChoice}).
     */
    public Optional<String> readLanguage() throws ConfigException {
        String value = exists() ? load().getProperty(LANGUAGE, "").strip() : "";
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.matches("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*")) {
            throw new ConfigException(file + ": \"" + LANGUAGE + "\" is \"" + value + "\", expected a language such"
                    + " as fr, fr_BE or de-DE (en-XA: the pseudo-locale), or nothing for the Odoo user's language.");
        }
        return Optional.of(value);
    }

    /** Replaces the language key of the existing file (empty: removed), keeping every other line as it is. */
    public void writeLanguage(Optional<String> language) throws IOException, ConfigException {
        load();
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.strip().startsWith(LANGUAGE + "=") && !(line + "\n").equals(LANGUAGE_COMMENT)) {
                text.append(line).append('\n');
            }
        }
        replace(text + language.map(l -> LANGUAGE_COMMENT + LANGUAGE + "=" + escape(l) + "\n").orElse(""));
    }

    /**
     * Above which total or line quantity Pay asks before a sale ({@code sale.confirm-above.*}), checked; the
     * defaults without the keys or the file.
     */
    public LargeSale readLargeSale() throws ConfigException {
        return exists() ? LargeSaleKeys.read(file.toString(), load()) : LargeSale.DEFAULT;
    }

    /** Replaces the large-sale keys of the existing file, keeping every other line as it is. */
    public void writeLargeSale(LargeSale limits) throws IOException, ConfigException {
        load();
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!LargeSaleKeys.isLargeSaleLine(line)) {
                text.append(line).append('\n');
            }
        }
        replace(text + LargeSaleKeys.lines(limits));
    }

    private Properties load() throws ConfigException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException("The configuration file " + file + " does not exist: run till setup first.");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("The configuration file " + file + " cannot be read: " + e.getMessage(), e);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException(file + ": unknown key \"" + key + "\" (known keys: "
                        + String.join(", ", KEYS) + ").");
            }
        }
        return p;
    }

    private KioskConfig kiosk(Properties p) throws ConfigException {
        boolean enabled = bool(p, KIOSK, false);
        String value = p.getProperty(KIOSK_SCREEN, "").strip();
        if (value.isEmpty()) {
            return new KioskConfig(enabled, 0);
        }
        try {
            int screen = Integer.parseInt(value);
            if (screen >= 1 && screen <= MOST_SCREENS) {
                return new KioskConfig(enabled, screen);
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new ConfigException(file + ": \"" + KIOSK_SCREEN + "\" is \"" + value + "\", expected a monitor number"
                + " from 1 to " + MOST_SCREENS + " (1 is the first monitor), or nothing for the primary one.");
    }

    /**
     * Writes the file in one step (a temporary file moved into place), with a comment for every key. The kiosk keys
     * of the file being replaced are kept as they were: setup changes the connection, not the kiosk.
     */
    public void write(TillConfig config) throws IOException {
        String text = "# Till's connection to Odoo. Written by `till setup`; you may edit it by hand.\n"
                + "# The password is never stored here (see till.password and password.keep).\n"
                + "# The Odoo address for ordinary calls (http or https).\n"
                + SERVER + "=" + escape(config.server().toString()) + "\n"
                + "# A separate address for the long-polling port (e.g. http://host:8072); empty: the server address.\n"
                + PUSH + "=" + (config.pushUrl() == null ? "" : escape(config.pushUrl().toString())) + "\n"
                + "# The Odoo database name.\n"
                + DATABASE + "=" + escape(config.database()) + "\n"
                + "# The Odoo login the till works as.\n"
                + LOGIN + "=" + escape(config.login()) + "\n"
                + "# The id of the POS configuration (pos.config) the till sells for.\n"
                + POS_CONFIG + "=" + config.posConfigId() + "\n"
                + "# true: keep the password in till.password (readable by this user only) to log in again alone.\n"
                + KEEP_PASSWORD + "=" + config.keepPassword() + "\n"
                + settleLines(config)
                + keptKioskLines() + keptPrinterLines() + keptLargeSaleLines();
        replace(text);
    }

    /** The large-sale keys of the present file, verbatim: setup changes the connection, not the shop's limits. */
    private String keptLargeSaleLines() {
        try {
            return LargeSaleKeys.kept(load());
        } catch (ConfigException e) {
            return "";
        }
    }

    /** The printer keys of the present file, verbatim: setup changes the connection, not the printer. */
    private String keptPrinterLines() {
        try {
            return PrinterKeys.kept(load());
        } catch (ConfigException e) {
            return "";
        }
    }

    /**
     * The settle key: the configuration's own when it is not Odoo's default, else the present file's line verbatim
     * (setup changes the connection, not what the admin learnt of the server's limits).
     */
    private String settleLines(TillConfig config) {
        if (!config.settle().equals(TillConfig.DEFAULT_SETTLE)) {
            return SETTLE_COMMENT + SETTLE + "=" + config.settle().toSeconds() + "\n";
        }
        try {
            Properties p = load();
            return p.containsKey(SETTLE) ? SETTLE_COMMENT + SETTLE + "=" + escape(p.getProperty(SETTLE)) + "\n" : "";
        } catch (ConfigException e) {
            return "";
        }
    }

    /** The kiosk keys of the present file, verbatim (even a wrong value: it is reported at the next start). */
    private String keptKioskLines() {
        Properties p;
        try {
            p = load();
        } catch (ConfigException e) {
            return "";
        }
        StringBuilder lines = new StringBuilder();
        for (String key : List.of(KIOSK, KIOSK_SCREEN)) {
            if (p.containsKey(key)) {
                lines.append(key).append('=').append(escape(p.getProperty(key))).append('\n');
            }
        }
        String threshold = !p.containsKey(NOTE_THRESHOLD) ? "" : "# The largest cash difference at closing that"
                + " needs no note (docs/closing.md).\n" + NOTE_THRESHOLD + "=" + escape(p.getProperty(NOTE_THRESHOLD))
                + "\n";
        String language = !p.containsKey(LANGUAGE) ? "" : LANGUAGE_COMMENT + LANGUAGE + "="
                + escape(p.getProperty(LANGUAGE)) + "\n";
        return (lines.isEmpty() ? "" : "# Kiosk mode (docs/kiosk.md): full screen, closing needs the manager PIN.\n"
                + lines) + threshold + language;
    }

    private String required(Properties p, String key) throws ConfigException {
        String value = p.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new ConfigException(file + ": the key \"" + key + "\" is missing or empty.");
        }
        return value;
    }

    /**
     * Checks an http(s) address.
     *
     * @param where the file or the command-line option it came from, for the message
     */
    public static URI url(String where, String key, String value) throws ConfigException {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the expected form
        }
        throw new ConfigException(where + ": \"" + key + "\" is \"" + value + "\", expected an http:// or https://"
                + " address such as https://shop.example.com or http://192.168.1.10:8069.");
    }

    private long number(Properties p) throws ConfigException {
        String value = required(p, POS_CONFIG);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new ConfigException(file + ": \"" + POS_CONFIG + "\" is \"" + value + "\", expected a positive whole"
                + " number (the id of the POS configuration in Odoo).");
    }

    private boolean bool(Properties p, String key, boolean otherwise) throws ConfigException {
        String value = p.getProperty(key, String.valueOf(otherwise)).strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException(file + ": \"" + key + "\" is \"" + value + "\", expected true or false.");
        }
        return value.equals("true");
    }

    /**
     * Escapes what {@link Properties#load} would read differently in a value: backslashes and a leading space
     * ({@code =}, {@code :} and {@code #} need no escape after the key, so URLs stay readable).
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.length() > 0 && out.charAt(0) == ' ' ? "\\" + out : out.toString();
    }
}
