package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2BusCursorTest {

    @TempDir
    Path dir;

    @Test
    void lastStartsAtZeroAndSurvivesARestartPerServer() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.busCursor().last("http://a|shop")).isZero();
            store.busCursor().save("http://a|shop", 41);
            store.busCursor().save("http://a|shop", 42);
            store.busCursor().save("http://b:8072|shop", 7);
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.busCursor().last("http://a|shop")).isEqualTo(42);
            assertThat(store.busCursor().last("http://b:8072|shop")).isEqualTo(7);
            assertThat(store.busCursor().last("http://a|other")).isZero();
        }
    }
}
