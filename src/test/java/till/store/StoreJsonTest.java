package till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.order.PaidOrder;

class StoreJsonTest {

    private final StoreJson json = new StoreJson();

    @Test
    void aPaidOrderRoundTripsWithTheSameDigitsScalesAndInstants() {
        PaidOrder order = StoreFixtures.paidOrder(1, "5.00");
        PaidOrder back = json.read(json.write(order), PaidOrder.class);
        assertThat(back).isEqualTo(order);
        assertThat(back.totals().total().scale()).isEqualTo(2);
        assertThat(back.amountReturn()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void amountsAreWrittenAsPlainNumbersNotExponents() {
        String text = json.write(new BigDecimal("1E+3"));
        assertThat(text).isEqualTo("1000");
        assertThat(json.write(new BigDecimal("0.10"))).isEqualTo("0.10");
    }

    @Test
    void aCatalogRoundTripsExactly() {
        Catalog catalog = StoreFixtures.catalog("Shop");
        assertThat(json.read(json.write(catalog), Catalog.class)).isEqualTo(catalog);
    }

    @Test
    void instantsAreIsoStrings() {
        assertThat(json.write(StoreFixtures.T0)).isEqualTo("\"2026-11-29T10:15:30.123456Z\"");
    }
}
