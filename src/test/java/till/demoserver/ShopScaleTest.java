package till.demoserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --products N}: a shop of N products in the profile's own record shape, as a supermarket has them. */
class ShopScaleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(value = Profile.class, names = {"V14", "V15", "V17", "V18"})
    void everyProfileGetsTheProductsCategoriesAndCustomersInItsOwnShape(Profile profile) {
        DemoData data = DemoData.load(profile);
        ObjectNode recorded = data.all("product.product").get(0);
        int recordedProducts = data.all("product.product").size();

        ShopScale.addTo(data, 1_000, CLOCK);

        List<ObjectNode> products = data.all("product.product");
        assertThat(products).hasSize(recordedProducts + 1_000);
        ObjectNode generated = data.live("product.product", ShopScale.FIRST_PRODUCT_ID);
        Set<String> keys = new HashSet<>();
        recorded.fieldNames().forEachRemaining(keys::add);
        keys.add("write_date");
        Set<String> generatedKeys = new HashSet<>();
        generated.fieldNames().forEachRemaining(generatedKeys::add);
        assertThat(generatedKeys).isEqualTo(keys);
        assertThat(generated.get("name").asText()).doesNotStartWith("[");
        assertThat(generated.get("default_code").asText()).matches("[A-Z]{3}-\\d{6}");
        assertThat(generated.get("write_date").asText()).isEqualTo("2026-12-07 10:00:00");
        assertThat(data.live("pos.category", ShopScale.FIRST_CATEGORY_ID).get("name").asText())
                .isEqualTo("Groceries");
        assertThat(data.all("res.partner")).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void fiftyThousandProductsHaveUniqueValidBarcodesAndCategoriesOfVeryDifferentSizes() {
        DemoData data = DemoData.load(Profile.V15);
        ShopScale.addTo(data, 50_000, CLOCK);

        List<ObjectNode> generated = data.all("product.product").stream()
                .filter(p -> p.get("id").asInt() >= ShopScale.FIRST_PRODUCT_ID).toList();
        assertThat(generated).hasSize(50_000);
        Set<String> barcodes = generated.stream().map(p -> p.get("barcode").asText()).collect(Collectors.toSet());
        assertThat(barcodes).hasSize(50_000).allSatisfy(b -> assertThat(isEan13(b)).as(b).isTrue());
        Map<String, Long> sizes = generated.stream()
                .collect(Collectors.groupingBy(p -> p.get("pos_categ_id").get(1).asText(), Collectors.counting()));
        assertThat(sizes.get("Groceries")).isBetween(8_600L, 8_800L);
        assertThat(sizes.get("Gift Cards")).isLessThan(20L);
        assertThat(generated).allSatisfy(p -> assertThat(p.get("taxes_id").size()).isLessThanOrEqualTo(1));
        assertThat(generated.stream().filter(p -> p.get("taxes_id").isEmpty()).count()).isEqualTo(5_000);
    }

    private static boolean isEan13(String code) {
        if (!code.matches("\\d{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (code.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    @org.junit.jupiter.api.Test
    void aGeneratedShopOnNineteenIsRefusedInWordsRatherThanServedInAShapeNineteenDoesNotHave() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoServer.start(DemoServerOptions.defaults()
                .withProfile(Profile.V19).withProducts(10))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("profile 19");
    }
}
