package till.cli;

import till.setup.ConfigFile;
import till.setup.KioskConfig;
import till.setup.PasswordFile;
import till.setup.TillConfig;
import till.setup.PrinterConfig;
import till.print.PaperWidth;
import till.pin.ManagerPin;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Fault;
import till.demoserver.FaultKind;
import till.demoserver.Profile;
import till.store.TillStore;
import till.testsupport.DemoShop;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code till setup} end to end against the demo server, with the data directory in a temp dir. */
class SetupCommandTest {

    private static final String SECRET = "S3cret-Pa55-never-shown";

    @TempDir
    Path dir;
    private DemoServer server;
    private HttpServer foreign;
    private CliRun till;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void captureLog() {
        Logger till = (Logger) LoggerFactory.getLogger("till");
        rootLevel = till.getLevel();
        till.setLevel(Level.DEBUG);
        till.setAdditive(false);
        log.start();
        till.addAppender(log);
    }

    @AfterEach
    void stop() {
        Logger till = (Logger) LoggerFactory.getLogger("till");
        till.detachAppender(log);
        till.setLevel(rootLevel);
        till.setAdditive(true);
        if (server != null) {
            server.close();
        }
        if (foreign != null) {
            foreign.stop(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void setupChecksTheServerCachesTheCatalogAndWritesTheConfig(Profile profile) throws Exception {
        startDemo(profile);
        // 17/18 start with no open session, as the captured databases (open_ui + the opening call make one).
        int session = server.openSession();

        int exit = setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1", "--keep-password");

        assertThat(exit).as(till.err()).isZero();
        assertThat(till.out()).contains("Connected to Odoo " + profile.major() + ".0")
                // 19 names a session from its config when it is opened (v19 113); the others keep POS/NNNNN.
                .contains(String.format(profile == Profile.V19 ? "Furniture Shop/%05d" : "POS/%05d", session))
                .contains("login number 1");
        TillConfig config = new ConfigFile(dir).read();
        assertThat(config.server().toString()).isEqualTo(server.url().toString());
        assertThat(config.database()).isEqualTo("demo");
        assertThat(config.posConfigId()).isEqualTo(1);
        assertThat(config.keepPassword()).isTrue();
        Catalog cached;
        try (TillStore store = TillStore.open(dir, Clock.systemUTC())) {
            cached = store.catalogCache().load().orElseThrow();
        }
        assertThat(cached.settings().demo()).isFalse();
        assertThat(cached.settings().sessionId()).isEqualTo(session);
        assertThat(cached.settings().loginNumber()).isEqualTo(1);
        assertThat(cached.product(DemoShop.of(profile).taxedProduct()).orElseThrow().taxIds()).containsExactly(1L);
        Path kept = dir.resolve(PasswordFile.NAME);
        assertThat(Files.readString(kept).strip()).isEqualTo(DemoServer.PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
    }

    @Test
    void anAddressWithoutASchemeIsCompletedAsTheSetupScreenCompletesIt() throws Exception {
        startDemo(Profile.V18);
        server.openSession();
        String typed = "127.0.0.1:" + server.url().getPort();

        int exit = setup(typed, "demo", DemoServer.PASSWORD, "1");

        assertThat(exit).as(till.err()).isZero();
        assertThat(new ConfigFile(dir).read().server().toString()).isEqualTo(server.url().toString())
                .startsWith("http://" + typed);
    }

    @Test
    void withoutKeepPasswordNoPasswordIsStoredAnywhere() throws Exception {
        startDemo(Profile.V15);

        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1")).isZero();

        assertThat(dir.resolve(PasswordFile.NAME)).doesNotExist();
        List<String> lines = Files.readAllLines(dir.resolve(ConfigFile.NAME));
        assertThat(lines).filteredOn(l -> !l.startsWith("#")).extracting(l -> l.substring(0, l.indexOf('=')))
                .containsExactly("server.url", "push.url", "database", "login", "pos.config.id", "password.keep");
    }

    @Test
    void anUnreachableServerIsSaidInWords() throws Exception {
        startDemo(Profile.V15);
        server.inject(Fault.of(FaultKind.DOWN));

        assertFails(server.url().toString(), "demo", "1", "Cannot talk to the server", "cannot be reached");
    }

    @Test
    void aServerThatIsNotOdooIsSaidInWords() throws Exception {
        String url = foreignServer("text/html", "<html><body>Welcome to nginx!</body></html>");

        assertFails(url, "demo", "1", "HTML page (HTTP 200)", "the address of an Odoo server");
    }

    @ParameterizedTest
    @CsvSource({"16, 16.0, creation_date", "12, 12.0, does not support.",
        "13, 13.0, does not support.", "20, saas~20.1, does not support."})
    void anUnsupportedVersionIsAConfigurationErrorNamingTheVersionFoundAndTheSupportedOnes(int major, String text,
            String why) throws Exception {
        String url = foreignServer("application/json", "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": {"
                + "\"server_version\": \"" + text + "\", \"server_version_info\": [" + major + ", 0, 0, \"final\", 0,"
                + " \"\"]}}");

        int exit = setup(url, "demo", DemoServer.PASSWORD, "1");

        assertThat(exit).isEqualTo(3);
        assertThat(till.err()).startsWith("till setup: Unsupported server: The server runs Odoo " + text)
                .contains(why).contains("Till works with Odoo 14, 15, 17, 18 and 19.");
        assertThat(dir.resolve(ConfigFile.NAME)).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V17", "V18", "V19"})
    void aMissingSeventeenOrEighteenSessionSaysHowToOpenOne(Profile profile) throws Exception {
        startDemo(profile);

        assertFails(server.url().toString(), "demo", "1", "no open POS session for", "then run till setup again");
    }

    @Test
    void aWrongDatabaseIsSaidInWords() throws Exception {
        startDemo(Profile.V14);

        assertFails(server.url().toString(), "shop", "1", "Wrong database", "no database \"shop\" (it offers: demo)");
    }

    @Test
    void aWrongPasswordIsSaidInWordsAndNeverShown() throws Exception {
        startDemo(Profile.V15);

        int exit = setupWithPassword(server.url().toString(), "demo", SECRET, "1");

        assertThat(exit).isEqualTo(1);
        assertThat(till.err()).contains("the login or the password is wrong");
        assertThat(till.err() + till.out()).doesNotContain(SECRET);
        assertThat(logText()).isNotEmpty().doesNotContain(SECRET);
        assertThat(dir.resolve(ConfigFile.NAME)).doesNotExist();
    }

    @Test
    void aMissingPosSessionSaysHowToOpenOne() throws Exception {
        startDemo(Profile.V15);
        server.closeCurrentSession();

        assertFails(server.url().toString(), "demo", "1", "no open POS session for \"Shop\"", "New Session");
    }

    @Test
    void anUnknownPosConfigIsSaidInWords() throws Exception {
        startDemo(Profile.V14);

        assertFails(server.url().toString(), "demo", "99", "no POS configuration with id 99", "Point of Sale");
    }

    @Test
    void theLogHoldsRoutesButNeverThePasswordOrTheSessionId() throws Exception {
        startDemo(Profile.V14);

        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1")).isZero();

        assertThat(logText()).contains("/web/session/authenticate").doesNotContain("password")
                .doesNotContainPattern("[0-9a-f]{40}");
    }

    @Test
    void setupSetsTheManagerPinAndKeepsTheKioskKeysOfTheFileItReplaces() throws Exception {
        startDemo(Profile.V15);
        Files.writeString(dir.resolve(ConfigFile.NAME), "kiosk=true\nkiosk.screen=2\n");
        Path pinFile = Files.writeString(dir.resolve("pin.txt"), "24680\n");

        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1", "--manager-pin-file",
                pinFile.toString())).as(till.err()).isZero();

        assertThat(till.out()).contains("Manager PIN set");
        assertThat(new ManagerPin(dir, Clock.systemUTC(), 1, new java.security.SecureRandom()).check("24680")
                .accepted()).isTrue();
        assertThat(new ConfigFile(dir).readKiosk()).isEqualTo(new KioskConfig(true, 2));
        assertThat(Files.readString(dir.resolve(ConfigFile.NAME))).doesNotContain("24680");
        assertThat(logText()).doesNotContain("24680");
    }

    @Test
    void setupNeverReplacesASetManagerPinAndChecksTheNewOneBeforeTalkingToTheServer() throws Exception {
        Path pinFile = Files.writeString(dir.resolve("pin.txt"), "12ab\n");
        String[] args = {"--server", "http://127.0.0.1:9", "--db", "d", "--login", "l", "--password-file",
            pinFile.toString(), "--pos-config", "1", "--manager-pin-file", pinFile.toString()};

        assertThat(setupWithoutCache(args)).isEqualTo(2);
        assertThat(till.err()).contains("4 to 12 digits").doesNotContain("12ab");
        new ManagerPin(dir, Clock.systemUTC(), 1, new java.security.SecureRandom()).set("1357");
        assertThat(setupWithoutCache(args)).isEqualTo(2);
        assertThat(till.err()).contains("a manager PIN is set already");
    }

    @Test
    void setupWithPrinterWritesThePrinterKeysAndKeepsThemWhenRunAgainWithout() throws Exception {
        startDemo(Profile.V15);

        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1", "--printer",
                "tcp://192.168.1.50", "--paper", "58", "--auto-print")).as(till.err()).isZero();

        assertThat(till.out()).contains("Receipt printer: tcp://192.168.1.50 (58 mm paper)");
        PrinterConfig printer = new ConfigFile(dir).readPrinter();
        assertThat(printer.device()).hasValue("tcp://192.168.1.50");
        assertThat(printer.width()).isEqualTo(PaperWidth.MM58);
        assertThat(printer.autoPrint()).isTrue();
        assertThat(printer.drawer()).isTrue();

        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1")).isZero();
        assertThat(new ConfigFile(dir).readPrinter()).isEqualTo(printer);
    }

    @Test
    void setupWithALanguageWritesTheTillsLanguageAndKeepsItWhenRunAgainWithout() throws Exception {
        startDemo(Profile.V15);

        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1", "--language", "nl_BE"))
                .as(till.err()).isZero();

        assertThat(till.out()).contains("Language: nl_BE");
        assertThat(new ConfigFile(dir).readLanguage()).hasValue("nl_BE");
        assertThat(setup(server.url().toString(), "demo", DemoServer.PASSWORD, "1")).isZero();
        assertThat(new ConfigFile(dir).readLanguage()).hasValue("nl_BE");
    }

    @Test
    void aMalformedLanguageIsAUsageErrorBeforeTheServerIsAsked() throws Exception {
        String password = Files.writeString(dir.resolve("given.txt"), "x\n").toString();
        assertThat(setupWithoutCache("--server", "http://127.0.0.1:9", "--db", "x", "--login", "y",
                "--password-file", password, "--pos-config", "1", "--language", "fran\u00e7ais!")).isEqualTo(2);
        assertThat(till.err()).contains("--language");
        assertThat(dir.resolve(ConfigFile.NAME)).doesNotExist();
    }

    @Test
    void aWrongPrinterOrPaperIsAUsageErrorBeforeTheServerIsAsked() throws Exception {
        String password = Files.writeString(dir.resolve("given.txt"), "x\n").toString();
        assertThat(setupWithoutCache("--server", "http://127.0.0.1:9", "--db", "x", "--login", "y",
                "--password-file", password, "--pos-config", "1", "--printer", "lp0")).isEqualTo(2);
        assertThat(till.err()).contains("--printer 'lp0' is not a printer");
        assertThat(setupWithoutCache("--server", "http://127.0.0.1:9", "--db", "x", "--login", "y",
                "--password-file", password, "--pos-config", "1", "--auto-print")).isEqualTo(2);
        assertThat(till.err()).contains("--auto-print go with --printer");
        assertThat(dir.resolve(ConfigFile.NAME)).doesNotExist();
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(setupWithoutCache("--server", "http://x")).isEqualTo(2);
        assertThat(till.err()).contains("Missing required option").contains("--db");
    }

    private void assertFails(String url, String db, String configId, String... words) throws Exception {
        int exit = setup(url, db, DemoServer.PASSWORD, configId);

        assertThat(exit).isEqualTo(1);
        assertThat(till.err()).startsWith("till setup: ").contains(words);
        assertThat(dir.resolve(ConfigFile.NAME)).doesNotExist();
    }

    private int setup(String url, String db, String password, String configId, String... more) throws Exception {
        return setupWithPassword(url, db, password, configId, more);
    }

    private int setupWithPassword(String url, String db, String password, String configId, String... more)
            throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("given-password.txt"), password + "\n");
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "setup", "--server", url, "--db",
                db, "--login", DemoServer.LOGIN, "--password-file", passwordFile.toString(), "--pos-config", configId));
        args.addAll(List.of(more));
        till = new CliRun(dir).withCatalogCache(SetupCommandTest::cache);
        return till.run(args.toArray(String[]::new));
    }

    /** {@code till setup ARGS...} with a catalog writer that must not be reached. */
    private int setupWithoutCache(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "setup"));
        all.addAll(List.of(args));
        till = new CliRun(dir).withCatalogCache((d, c) -> {
            throw new AssertionError("nothing to cache: the arguments are wrong");
        });
        return till.run(all.toArray(String[]::new));
    }

    private static void cache(Path dataDir, Catalog catalog) {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            store.catalogCache().replace(catalog);
        }
    }

    private void startDemo(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
    }

    /** A web server on loopback that answers every request with this body. */
    private String foreignServer(String contentType, String body) throws Exception {
        foreign = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        foreign.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        foreign.start();
        return "http://127.0.0.1:" + foreign.getAddress().getPort();
    }

    private String logText() {
        StringBuilder text = new StringBuilder();
        log.list.forEach(e -> text.append(e.getFormattedMessage()).append('\n'));
        return text.toString();
    }
}
