package till.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderUidTest {

    @Test
    void uidAndNameFollowOdoosPosFormat() {
        OrderUid id = new OrderUid(2, 1, 1);

        assertThat(id.uid()).isEqualTo("00002-001-0001");
        assertThat(id.name()).isEqualTo("Order 00002-001-0001");
    }

    @Test
    void largeNumbersAreNotCut() {
        assertThat(new OrderUid(123456, 1234, 12345).uid()).isEqualTo("123456-1234-12345");
    }

    @Test
    void theUidIsWhatOdoosZeroPaddedFormatGivesForEveryWidth() {
        long[][] cases = {{0, 0, 0}, {7, 3, 9}, {99999, 999, 9999}, {100000, 1000, 10000}, {-1, -2, -3}, {42, 17, 123}};
        for (long[] c : cases) {
            OrderUid id = new OrderUid(c[0], (int) c[1], (int) c[2]);
            assertThat(id.uid()).isEqualTo(String.format(java.util.Locale.ROOT, "%05d-%03d-%04d", c[0], c[1], c[2]));
        }
    }
}
