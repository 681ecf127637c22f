package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.DemoCatalog;
import till.catalog.Product;

class ProductGridViewModelTest {

    private final Catalog catalog = DemoCatalog.load();
    private final ProductGridViewModel model = new ProductGridViewModel(catalog);

    private List<Long> shownIds() {
        return model.products().stream().map(Product::id).toList();
    }

    @Test
    void searchMatchesNameIgnoringCaseReferenceAndBarcode() {
        model.query().set("office lamp");
        assertThat(shownIds()).containsExactly(6L);
        model.query().set("furn_0027");
        assertThat(shownIds()).containsExactly(27L);
        model.query().set("2000000000497");
        assertThat(shownIds()).containsExactly(49L);
    }

    @Test
    void aCategoryNarrowsTheGridAndAllShowsEverything() {
        Category lighting = catalog.categories().stream().filter(c -> c.name().equals("Lighting")).findFirst()
                .orElseThrow();
        model.category().set(lighting);
        assertThat(model.products()).isNotEmpty().allMatch(p -> lighting.id() == p.categoryId());
        model.category().set(null);
        assertThat(model.products()).hasSize(catalog.products().size());
    }

    @Test
    void enterInTheSearchFieldPicksTheBarcodeOrTheOnlyMatch() {
        model.query().set("2000000000275");
        assertThat(model.pick()).map(Product::id).contains(27L);
        model.query().set("whiteboard");
        assertThat(model.pick()).map(Product::id).contains(49L);
        model.query().set("desk");
        assertThat(model.pick()).isEmpty();
    }

    @Test
    void aHugeCatalogShowsAtMostTheLimitAndSaysSo() {
        List<Product> many = new ArrayList<>();
        for (long id = 1; id <= 50_000; id++) {
            many.add(new Product(id, "Item " + id, "", "", BigDecimal.ONE, null, List.of()));
        }
        ProductGridViewModel big = new ProductGridViewModel(new Catalog(catalog.settings(), List.of(), many,
                List.of(), List.of(), List.of()));
        assertThat(big.products()).hasSize(ProductGridViewModel.LIMIT);
        assertThat(big.truncated().get()).isTrue();
        big.query().set("item 49999");
        assertThat(big.products()).extracting(Product::id).containsExactly(49_999L);
        assertThat(big.truncated().get()).isFalse();
    }

    @Test
    void initialsAreTheFirstLettersOfTheFirstTwoWords() {
        assertThat(Initials.of("Office Lamp")).isEqualTo("OL");
        assertThat(Initials.of("  corner desk right ")).isEqualTo("CD");
        assertThat(Initials.of("Cola")).isEqualTo("C");
    }

    @Test
    void aRefreshedCatalogKeepsTheSearchAndAChosenCategoryThatStillExistsAndDropsOneThatDoesNot() {
        Category lighting = catalog.categories().stream().filter(c -> c.name().equals("Lighting")).findFirst()
                .orElseThrow();
        model.category().set(lighting);
        model.query().set("lamp");
        List<Product> renamed = new ArrayList<>();
        for (Product p : catalog.products()) {
            renamed.add(p.id() == 6 ? new Product(6, "Office Lamp XL", p.defaultCode(), p.barcode(),
                    new BigDecimal("52.50"), p.categoryId(), p.taxIds()) : p);
        }
        model.replaceCatalog(new Catalog(catalog.settings(), catalog.categories(), renamed, catalog.taxes(),
                catalog.paymentMethods(), catalog.customers()));

        assertThat(model.category().get()).isEqualTo(lighting);
        assertThat(model.products()).filteredOn(p -> p.id() == 6).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Office Lamp XL"));

        List<Category> withoutLighting = catalog.categories().stream().filter(c -> c.id() != lighting.id()).toList();
        model.replaceCatalog(new Catalog(catalog.settings(), withoutLighting, renamed, catalog.taxes(),
                catalog.paymentMethods(), catalog.customers()));

        assertThat(model.categories()).containsExactlyElementsOf(withoutLighting);
        assertThat(model.category().get()).as("the chosen category is gone: all products").isNull();
        assertThat(model.query().get()).isEqualTo("lamp");
    }
}
