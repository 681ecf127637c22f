package till.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/** Opens stores on a temp directory with a fixed clock. */
final class StoreTestSupport {

    static final Clock CLOCK = Clock.fixed(StoreFixtures.T0, ZoneOffset.UTC);

    private StoreTestSupport() {
    }

    static TillStore open(Path dir) {
        return TillStore.open(dir, CLOCK);
    }
}
