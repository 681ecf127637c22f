package till.sell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.DemoCatalog;
import till.catalog.Product;
import till.fx.Async;

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
    void aHugeCatalogShowsEveryProductInTheServersOrder() {
        List<Product> many = new ArrayList<>();
        for (long id = 50_000; id >= 1; id--) {
            many.add(new Product(id, "Item " + id, "", "", BigDecimal.ONE, null, List.of()));
        }
        ProductGridViewModel big = new ProductGridViewModel(new Catalog(catalog.settings(), List.of(), many,
                List.of(), List.of(), List.of()));
        assertThat(big.products()).hasSize(50_000).containsExactlyElementsOf(many);
        big.query().set("item 49999");
        assertThat(big.products()).extracting(Product::id).containsExactly(49_999L);
    }

    @Test
    void aBigCategoryShowsAllItsProductsWithNoCap() {
        Category groceries = new Category(1, "Groceries", null);
        Category tools = new Category(2, "Tools", null);
        List<Product> many = new ArrayList<>();
        for (long id = 1; id <= 20_000; id++) {
            many.add(new Product(id, "Item " + id, "", "", BigDecimal.ONE, id % 20 < 9 ? 1L : 2L, List.of()));
        }
        ProductGridViewModel big = new ProductGridViewModel(new Catalog(catalog.settings(),
                List.of(groceries, tools), many, List.of(), List.of(), List.of()));

        big.category().set(groceries);

        assertThat(big.products()).hasSize(9_000).allMatch(p -> p.categoryId() == 1L);
        assertThat(big.products().get(8_999).id()).isEqualTo(20_000L);
    }

    @Test
    void searchesRunOnTheSearchExecutorAndAResultOvertakenByANewerKeystrokeIsNeverShown() {
        QueuedExecutor search = new QueuedExecutor();
        QueuedExecutor ui = new QueuedExecutor();
        ProductGridViewModel grid = new ProductGridViewModel(catalog, new Async(search, ui));
        search.runAll();
        ui.runAll();
        assertThat(grid.products()).hasSize(catalog.products().size());

        grid.query().set("office lamp");
        assertThat(grid.products()).as("nothing searched on the FX thread").hasSize(catalog.products().size());
        search.runAll();
        grid.query().set("drawer black");
        ui.runAll();
        assertThat(grid.products()).as("the lamp result came after the newer keystroke")
                .hasSize(catalog.products().size());

        search.runAll();
        ui.runAll();
        assertThat(grid.products()).extracting(Product::id).containsExactly(27L);
    }

    @Test
    void keystrokesQueuedBehindEachOtherShowOnlyTheLastOnesResult() {
        QueuedExecutor search = new QueuedExecutor();
        QueuedExecutor ui = new QueuedExecutor();
        ProductGridViewModel grid = new ProductGridViewModel(catalog, new Async(search, ui));
        search.runAll();
        ui.runAll();

        grid.query().set("o");
        grid.query().set("office");
        grid.query().set("office lamp");
        search.runAll();
        ui.runAll();
        assertThat(grid.products()).extracting(Product::id).containsExactly(6L);
    }

    @Test
    void enterBeforeTheLastSearchReturnedPicksByTheCurrentText() {
        QueuedExecutor search = new QueuedExecutor();
        QueuedExecutor ui = new QueuedExecutor();
        ProductGridViewModel grid = new ProductGridViewModel(catalog, new Async(search, ui));
        search.runAll();
        ui.runAll();

        grid.query().set("whiteboard");

        assertThat(grid.pick()).map(Product::id).contains(49L);
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

    /** An executor that runs what it was given only when told, in order: the test decides when work happens. */
    private static final class QueuedExecutor implements Executor {

        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queue.add(task);
        }

        void runAll() {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        }
    }
}
