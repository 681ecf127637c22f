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
}
