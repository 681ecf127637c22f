package till.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import till.print.PaperWidth;

/** {@code till.properties} and {@code till.password}: round trip, and a clear error for every broken file. */
class ConfigFileTest {

    @TempDir
    Path dir;

    private static final String GOOD = "server.url=https://shop.example.com\npush.url=\ndatabase=shop\nlogin=till1\n"
            + "pos.config.id=3\npassword.keep=false\n";

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        TillConfig config = new TillConfig(URI.create("https://shop.example.com:8443"),
                URI.create("http://shop.example.com:8072"), "shop db", "till#1=a", 3, true);
        ConfigFile file = new ConfigFile(dir);

        file.write(config);

        assertThat(file.read()).isEqualTo(config);
        assertThat(file.read().pushServer()).isEqualTo(URI.create("http://shop.example.com:8072"));
    }

    @Test
    void anEmptyPushUrlMeansTheServerAddress() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), GOOD);

        TillConfig config = new ConfigFile(dir).read();

        assertThat(config.pushUrl()).isNull();
        assertThat(config.pushServer()).isEqualTo(URI.create("https://shop.example.com"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key | server.url=https://shop.example.com | passwd=x | unknown key \"passwd\"",
        "bad url | server.url=shop.example.com | database=shop | expected an http",
        "ftp url | server.url=ftp://shop.example.com | database=shop | expected an http:// or https://",
        "bad number | server.url=https://shop.example.com | pos.config.id=shop | expected a positive whole number",
        "bad boolean | server.url=https://shop.example.com | password.keep=yes | \"yes\", expected true or false",
        "missing database | server.url=https://shop.example.com | database= | \"database\" is missing or empty",
        "bad kiosk | server.url=https://shop.example.com | kiosk=on | \"kiosk\" is \"on\", expected true or false",
        "screen zero | server.url=https://shop.example.com | kiosk.screen=0 | expected a monitor number from 1",
        "screen word | server.url=https://shop.example.com | kiosk.screen=left | \"kiosk.screen\" is \"left\"",
        "bad printer | server.url=https://shop.example.com | printer.device=lp0 | \"printer.device\" is 'lp0' is not",
        "bad paper | server.url=https://shop.example.com | printer.paper=76 | expected 58 or 80",
        "bad table | server.url=https://shop.example.com | printer.codepage=utf8 | expected CP1252, CP858",
        "bad auto | server.url=https://shop.example.com | printer.autoprint=yes | \"printer.autoprint\" is \"yes\""})
    void aBrokenFileNamesTheFileTheKeyAndWhatIsExpected(String what, String first, String second, String words)
            throws Exception {
        String text = GOOD.replace("server.url=https://shop.example.com\n", first + "\n");
        String key = second.substring(0, second.indexOf('='));
        text = text.lines().filter(l -> !l.startsWith(key + "=")).reduce("", (a, l) -> a + l + "\n") + second + "\n";
        Files.writeString(dir.resolve(ConfigFile.NAME), text);

        assertThatThrownBy(() -> new ConfigFile(dir).read()).isInstanceOf(ConfigException.class)
                .hasMessageContaining(dir.resolve(ConfigFile.NAME).toString()).hasMessageContaining(words);
    }

    @Test
    void theKioskKeysAreReadAndOffWithoutAFile() throws Exception {
        ConfigFile file = new ConfigFile(dir);
        assertThat(file.readKiosk()).isEqualTo(KioskConfig.OFF);

        Files.writeString(file.path(), GOOD + "kiosk=true\nkiosk.screen=2\n");

        assertThat(file.readKiosk()).isEqualTo(new KioskConfig(true, 2));
        assertThat(file.read().database()).isEqualTo("shop");
        Files.writeString(file.path(), GOOD + "kiosk=false\n");
        assertThat(file.readKiosk()).isEqualTo(KioskConfig.OFF);
    }

    @Test
    void aBadKioskKeyIsAnErrorEvenForTheKioskAloneAndWithoutServerKeys() throws Exception {
        Files.writeString(dir.resolve(ConfigFile.NAME), "kiosk=true\nkiosk.screen=17\n");

        assertThatThrownBy(() -> new ConfigFile(dir).readKiosk()).isInstanceOf(ConfigException.class)
                .hasMessageContaining(ConfigFile.NAME).hasMessageContaining("\"kiosk.screen\" is \"17\"");
    }

    @Test
    void rewritingTheConnectionKeepsTheKioskKeys() throws Exception {
        ConfigFile file = new ConfigFile(dir);
        Files.writeString(file.path(), GOOD + "kiosk=true\nkiosk.screen=2\n");

        file.write(new TillConfig(URI.create("https://other.example.com"), null, "other", "till2", 4, false));

        assertThat(file.readKiosk()).isEqualTo(new KioskConfig(true, 2));
        assertThat(file.read().database()).isEqualTo("other");
    }

    @Test
    void thePrinterKeysAreReadNoneWithoutADeviceAndKeptWhenSetupRewritesTheConnection() throws Exception {
        ConfigFile file = new ConfigFile(dir);
        assertThat(file.readPrinter()).isEqualTo(PrinterConfig.NONE);
        Files.writeString(file.path(), GOOD + "kiosk=true\n");
        assertThat(file.readPrinter().configured()).isFalse();

        PrinterConfig printer = PrinterConfig.NONE.withDevice("tcp://192.168.1.50", PaperWidth.MM58, false);
        file.writePrinter(printer);
        assertThat(file.readPrinter()).isEqualTo(printer);
        assertThat(file.readPrinter().settings().orElseThrow().device().text()).isEqualTo("tcp://192.168.1.50:9100");
        file.writePrinter(printer.withDevice("file:C:\\lp\\0", PaperWidth.MM80_42, true));
        assertThat(file.readPrinter().device()).hasValue("file:C:\\lp\\0");
        assertThat(file.readPrinter().width()).isEqualTo(PaperWidth.MM80_42);
        assertThat(Files.readAllLines(file.path())).as("rewriting the printer leaves no comment behind twice")
                .filteredOn(l -> l.startsWith("#")).doesNotHaveDuplicates();

        file.write(new TillConfig(URI.create("https://other.example.com"), null, "other", "till2", 4, false));

        assertThat(file.readPrinter().device()).hasValue("file:C:\\lp\\0");
        assertThat(file.readPrinter().autoPrint()).isTrue();
        assertThat(file.readKiosk().enabled()).isTrue();
        assertThat(file.read().database()).isEqualTo("other");
    }

    @Test
    void aMissingFileSaysToRunSetup() {
        assertThatThrownBy(() -> new ConfigFile(dir).read()).isInstanceOf(ConfigException.class)
                .hasMessageContaining(ConfigFile.NAME).hasMessageContaining("run till setup");
    }

    @Test
    void theKeptPasswordIsReadableByItsOwnerOnly() throws Exception {
        PasswordFile file = new PasswordFile(dir);

        file.write("p@ss word");

        assertThat(file.read()).hasValue("p@ss word");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        file.delete();
        assertThat(file.read()).isEmpty();
    }
}
