package till.testsupport;

import java.math.BigDecimal;
import till.demoserver.Profile;

/**
 * What the demo server's shop holds under each profile, as the captured databases did (ids differ between them): a
 * product with tax 1 (15 %, excluded), one without tax, the cash and the bank/card payment methods, the config's
 * pricelist. Immutable.
 *
 * @param pricelist the config's {@code pricelist_id}, null where the config has none (17-19)
 */
public record DemoShop(long taxedProduct, long untaxedProduct, BigDecimal untaxedPrice, long cash, long bank,
                       Long pricelist) {

    public static DemoShop of(Profile profile) {
        return switch (profile) {
            case V14, V15 -> new DemoShop(6, 27, new BigDecimal("25.00"), 1, 2, 1L);
            case V17 -> new DemoShop(49, 42, new BigDecimal("5.10"), 1, 2, null);
            case V18 -> new DemoShop(53, 46, new BigDecimal("1.98"), 1, 2, null);
            case V19 -> new DemoShop(62, 55, new BigDecimal("1.98"), 1, 2, null);
        };
    }
}
