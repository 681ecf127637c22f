package till.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import till.catalog.Catalog;
import till.catalog.TaxDisplay;
import till.demoserver.DemoServer;
import till.demoserver.DemoServerOptions;
import till.demoserver.Profile;
import till.order.LargeSale;
import till.setup.ConfigFile;
import till.store.TillStore;

/**
 * {@code till setup} against the demo server keeps the POS configuration's tax display with the catalog, as each
 * version's data load gives it, and writes the large-sale limits of {@code --confirm-above-*} (#19 item 5).
 */
class SetupTaxDisplayAndLargeSaleTest {

    @TempDir
    Path dir;
    private DemoServer server;
    private CliRun till;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void theCachedCatalogShowsPricesAsTheServersConfigurationSays(Profile profile) throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(profile));
        server.openSession();
        // As recorded: 14 and 15's demo databases show prices tax excluded, 17, 18 and 19's tax included.
        TaxDisplay recorded = profile == Profile.V14 || profile == Profile.V15 ? TaxDisplay.EXCLUDED
                : TaxDisplay.INCLUDED;

        assertThat(setup()).as(till.err()).isZero();
        assertThat(cached().settings().taxDisplay()).isEqualTo(recorded);
        assertThat(till.out()).contains("iface_tax_included = " + recorded.odoo());

        TaxDisplay other = recorded == TaxDisplay.INCLUDED ? TaxDisplay.EXCLUDED : TaxDisplay.INCLUDED;
        server.setTaxDisplay(other.odoo());
        assertThat(setup()).as(till.err()).isZero();
        assertThat(cached().settings().taxDisplay()).as("changed in the back office").isEqualTo(other);
    }

    @Test
    void theLargeSaleLimitsAreWrittenReadBackAndKeptByTheNextSetup() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));
        assertThat(new ConfigFile(dir).readLargeSale()).as("no file: the defaults").isEqualTo(LargeSale.DEFAULT);

        assertThat(setup("--confirm-above-amount", "2500.50", "--confirm-above-quantity", "0")).as(till.err())
                .isZero();
        assertThat(till.out()).contains("above a total of 2500.50");
        assertThat(new ConfigFile(dir).readLargeSale())
                .isEqualTo(new LargeSale(new BigDecimal("2500.50"), BigDecimal.ZERO));

        assertThat(setup("--confirm-above-quantity", "40")).isZero();
        assertThat(new ConfigFile(dir).readLargeSale()).as("the amount given before is kept")
                .isEqualTo(new LargeSale(new BigDecimal("2500.50"), new BigDecimal("40")));

        assertThat(setup()).isZero();
        assertThat(new ConfigFile(dir).readLargeSale()).as("a setup without the options keeps them")
                .isEqualTo(new LargeSale(new BigDecimal("2500.50"), new BigDecimal("40")));
        assertThat(new ConfigFile(dir).read().database()).isEqualTo("demo");
    }

    @Test
    void aBadLimitIsAUsageErrorAndABadKeyInTheFileIsNamed() throws Exception {
        server = DemoServer.start(DemoServerOptions.defaults().withProfile(Profile.V15));

        assertThat(setup("--confirm-above-amount", "ten thousand")).isEqualTo(2);
        assertThat(till.err()).contains("--confirm-above-amount").contains("ten thousand");

        assertThat(setup()).isZero();
        Files.writeString(dir.resolve(ConfigFile.NAME), "sale.confirm-above.quantity=-3\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new ConfigFile(dir).readLargeSale()))
                .hasMessageContaining("sale.confirm-above.quantity").hasMessageContaining("-3");
    }

    private int setup(String... more) throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("given-password.txt"), DemoServer.PASSWORD + "\n");
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString(), "setup", "--server",
                server.url().toString(), "--db", "demo", "--login", DemoServer.LOGIN, "--password-file",
                passwordFile.toString(), "--pos-config", "1"));
        args.addAll(List.of(more));
        till = new CliRun(dir).withCatalogCache((dataDir, catalog) -> {
            try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
                store.catalogCache().replace(catalog);
            }
        });
        return till.run(args.toArray(String[]::new));
    }

    private Catalog cached() {
        try (TillStore store = TillStore.open(dir, Clock.systemUTC())) {
            return store.catalogCache().load().orElseThrow();
        }
    }
}
