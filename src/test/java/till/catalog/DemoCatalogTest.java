package till.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private final Catalog catalog = DemoCatalog.load();

    @Test
    void isTheDemoShopInDollarsRoundedPerLine() {
        ShopSettings settings = catalog.settings();

        assertThat(settings.demo()).isTrue();
        assertThat(settings.configName()).isEqualTo("Demo shop");
        assertThat(settings.currency().name()).isEqualTo("USD");
        assertThat(settings.currency().rounding()).isEqualByComparingTo("0.01");
        assertThat(settings.currency().decimalPlaces()).isEqualTo(2);
        assertThat(settings.taxRounding()).isEqualTo(ShopSettings.TaxRounding.ROUND_PER_LINE);
        assertThat(settings.sessionId()).isEqualTo(1);
        assertThat(settings.loginNumber()).isEqualTo(1);
    }

    @Test
    void holdsTheOdooDemoProductsOfTheTranscriptsWithTheirIdsPricesAndTaxes() {
        assertProduct(6, "Office Lamp", "40.00", List.of(1L));
        assertProduct(27, "Drawer Black", "25.00", List.of());
        assertProduct(49, "Whiteboard Pen", "1.20", List.of());
        Tax tax = catalog.taxesById().get(1L);
        assertThat(tax.name()).isEqualTo("Tax 15.00%");
        assertThat(tax.amountType()).isEqualTo(Tax.AmountType.PERCENT);
        assertThat(tax.amount()).isEqualByComparingTo("15");
        assertThat(tax.priceInclude()).isFalse();
    }

    @Test
    void hasEnoughProductsCategoriesCustomersAndTheTwoPaymentMethods() {
        assertThat(catalog.products()).hasSizeBetween(20, 30);
        assertThat(catalog.categories()).hasSizeBetween(4, 5);
        assertThat(catalog.customers()).hasSizeBetween(4, 5)
                .allSatisfy(c -> assertThat(c.phone()).isNotBlank())
                .allSatisfy(c -> assertThat(c.email()).contains("@"));
        assertThat(catalog.paymentMethods()).extracting(PaymentMethod::name, PaymentMethod::cash)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cash", true),
                        org.assertj.core.groups.Tuple.tuple("Bank", false));
    }

    @Test
    void everyBarcodeIsAValidUniqueEan13() {
        Set<String> seen = new HashSet<>();
        for (Product product : catalog.products()) {
            assertThat(product.barcode()).as(product.name()).matches("\\d{13}");
            assertThat(checkDigitOk(product.barcode())).as(product.name() + " check digit").isTrue();
            assertThat(seen.add(product.barcode())).as(product.name() + " unique barcode").isTrue();
        }
    }

    @Test
    void everyProductRefersToKnownTaxesAndCategories() {
        Set<Long> categoryIds = new HashSet<>();
        catalog.categories().forEach(c -> categoryIds.add(c.id()));
        for (Product product : catalog.products()) {
            assertThat(catalog.taxesById().keySet()).as(product.name()).containsAll(product.taxIds());
            assertThat(categoryIds).as(product.name()).contains(product.categoryId());
        }
    }

    @Test
    void offersAPriceIncludedTaxAFixedTaxAndAGroup() {
        assertThat(catalog.taxes()).anyMatch(Tax::priceInclude);
        assertThat(catalog.taxes()).anyMatch(t -> t.amountType() == Tax.AmountType.FIXED);
        assertThat(catalog.taxes()).anyMatch(t -> t.amountType() == Tax.AmountType.GROUP);
    }

    private void assertProduct(long id, String name, String price, List<Long> taxIds) {
        Product product = catalog.product(id).orElseThrow();
        assertThat(product.name()).isEqualTo(name);
        assertThat(product.listPrice()).isEqualByComparingTo(new BigDecimal(price));
        assertThat(product.taxIds()).isEqualTo(taxIds);
    }

    private static boolean checkDigitOk(String ean13) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (ean13.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == ean13.charAt(12) - '0';
    }
}
