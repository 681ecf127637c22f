package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import till.order.OrderUid;

class H2OrderNumbersTest {

    @TempDir
    Path dir;

    @Test
    void numbersCountUpFromOneAndContinueAfterARestart() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.orderNumbers().next(7, 1)).isEqualTo(new OrderUid(7, 1, 1));
            assertThat(store.orderNumbers().next(7, 1)).isEqualTo(new OrderUid(7, 1, 2));
        }
        try (TillStore store = StoreTestSupport.open(dir)) {
            assertThat(store.orderNumbers().next(7, 1)).isEqualTo(new OrderUid(7, 1, 3));
        }
    }

    @Test
    void eachSessionAndLoginHasItsOwnSequence() {
        try (TillStore store = StoreTestSupport.open(dir)) {
            store.orderNumbers().next(7, 1);
            assertThat(store.orderNumbers().next(7, 2)).isEqualTo(new OrderUid(7, 2, 1));
            assertThat(store.orderNumbers().next(8, 1)).isEqualTo(new OrderUid(8, 1, 1));
        }
    }
}
