package till.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.catalog.CatalogRefresh;
import till.catalog.DemoCatalog;
import till.store.TillStore;

/**
 * Whether the till says DEMO follows its configuration, not what an earlier demo run left in the catalog cache (the
 * demo mode's refresh can store its catalog after a setup): with a server set up, the title has no DEMO and the
 * cache is corrected; without one, a demo catalog still says DEMO (decision 0245). A real store in a temp dir.
 */
class DemoFlagFollowsConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void aSetUpServerMeansNoDemoEvenWhenTheCacheStillSaysDemo() throws Exception {
        cacheADemoCatalog();
        Files.writeString(dataDir.resolve("till.properties"), "server.url=http://127.0.0.1:9\ndatabase=shop\n"
                + "login=till\npos.config.id=1\npassword.keep=false\n");

        try (TillScreen till = TillScreen.open(dataDir, Clock.systemUTC())) {
            assertThat(till.title()).isEqualTo("Till");
            assertThat(till.catalog().settings().demo()).isFalse();
            assertThat(till.storedCatalog()).hasValueSatisfying(c -> assertThat(c.settings().demo()).isFalse());
        }
    }

    @Test
    void withoutAServerTheDemoCatalogStillSaysDemo() {
        cacheADemoCatalog();

        try (TillScreen till = TillScreen.open(dataDir, Clock.systemUTC())) {
            assertThat(till.title()).contains("DEMO");
            assertThat(till.catalog().settings().demo()).isTrue();
        }
    }

    private void cacheADemoCatalog() {
        try (TillStore store = TillStore.open(dataDir, Clock.systemUTC())) {
            store.catalogCache().replace(CatalogRefresh.asDemo(DemoCatalog.load()));
        }
    }
}
