package till.sell;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.Product;
import till.catalog.ProductSearch;
import till.fx.Async;

/**
 * The product side of the selling screen: the category bar, the search field and the products they select, all of
 * them (the grid is virtualised), in the server's order. FX thread only.
 *
 * <p>Searching and building the search index of a new catalog run on the search executor; their results come back
 * on the UI executor, and only the latest request's result is shown: a result for an older keystroke that arrives
 * after a newer one is dropped (docs/decisions/0172).
 */
public final class ProductGridViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProductGridViewModel.class);

    private final Async search;
    private Catalog catalog;
    /** The index for {@link #pick} on the FX thread; null until the first build returned. */
    private ProductSearch index;
    /**
     * The index searches use: confined to the search executor, which runs one task at a time in order and so builds
     * it before any search runs.
     */
    private ProductSearch searchIndex;
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Category> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    /** One wrapper for all callers: it holds its listeners only weakly on the backing list. */
    private final ObservableList<Product> productsView = FXCollections.unmodifiableObservableList(products);
    /** The newest request; read on the search thread to skip requests already overtaken. */
    private final AtomicLong latest = new AtomicLong();
    /** The request whose result {@link #products} shows. */
    private long shown;
    /** The result the arrow keys point at (Enter adds it), or -1. */
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);

    /** Searches on the calling thread: for tests of the logic. */
    public ProductGridViewModel(Catalog catalog) {
        this(catalog, Async.sameThread());
    }

    /**
     * @param search runs searches and index builds one at a time, in order, off the FX thread (production: the
     *               thread {@code till-search}), and their results on the FX thread
     */
    public ProductGridViewModel(Catalog catalog, Async search) {
        this.search = search;
        this.catalog = catalog;
        categories.setAll(catalog.categories());
        category.addListener((obs, old, now) -> refresh());
        query.addListener((obs, old, now) -> refresh());
        // All products need no index: the screen shows them at once, and the index is built behind.
        products.setAll(catalog.products());
        buildIndex(catalog);
    }

    /** The category bar's categories; they change when the server's catalog is refreshed. */
    public ObservableList<Category> categories() {
        return categoriesView;
    }

    /**
     * The server's refreshed catalog: new prices, names and products in the grid; the chosen category stays chosen
     * while it still exists, and the search text stays.
     */
    void replaceCatalog(Catalog fresh) {
        this.catalog = fresh;
        if (!categories.equals(fresh.categories())) {
            categories.setAll(fresh.categories());
        }
        Category chosen = category.get();
        if (chosen != null && fresh.categories().stream().noneMatch(c -> c.id() == chosen.id())) {
            category.set(null);
        }
        buildIndex(fresh);
    }

    /** The chosen category; null for all. */
    public ObjectProperty<Category> category() {
        return category;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Product> products() {
        return productsView;
    }

    /**
     * What Enter in the search field picks: the product whose barcode is the text (a scan into the field), else
     * the only match. When Enter comes before the search of the last keystroke returned, that search runs here, once:
     * picking from the results of an older text would add the wrong product.
     */
    public Optional<Product> pick() {
        int at = highlighted.get();
        if (at >= 0 && at < products.size() && shown == latest.get()) {
            return Optional.of(products.get(at));
        }
        Optional<Product> byBarcode = catalog.productByBarcode(query.get().strip());
        if (byBarcode.isPresent()) {
            return byBarcode;
        }
        List<Product> current = shown == latest.get() || index == null ? products
                : index.find(categoryId(), query.get());
        return current.size() == 1 ? Optional.of(current.get(0)) : Optional.empty();
    }

    /** The index of the result the arrow keys point at, or -1: Enter adds that one. */
    public ReadOnlyIntegerProperty highlighted() {
        return highlighted;
    }

    /** Moves the pointer through the results by {@code step}, starting at the first; stays within them. */
    public void moveHighlight(int step) {
        if (products.isEmpty()) {
            return;
        }
        int at = highlighted.get() < 0 ? 0 : highlighted.get() + step;
        highlighted.set(Math.max(0, Math.min(products.size() - 1, at)));
    }

    /**
     * Enter in the search field: the product to add, as {@link #pick} says; with several results and none pointed
     * at, it points at the first and adds nothing, so the cashier sees which product the next Enter adds.
     */
    public Optional<Product> enter() {
        Optional<Product> picked = pick();
        if (picked.isEmpty() && products.size() > 1 && highlighted.get() < 0) {
            highlighted.set(0);
        }
        return picked;
    }

    private void buildIndex(Catalog of) {
        long request = latest.incrementAndGet();
        Long categoryId = categoryId();
        String text = query.get();
        search.run(() -> {
            ProductSearch built = new ProductSearch(of.products());
            searchIndex = built;
            // Shows the new catalog under the text and category of now, unless a newer keystroke overtook it.
            return new Built(built, request == latest.get() ? built.find(categoryId, text) : null);
        }, built -> {
            if (catalog == of) {
                index = built.index();
            }
            if (built.found() != null) {
                show(request, built.found());
            }
        }, ProductGridViewModel::failed);
    }

    /** An index just built, and what it found for the text of the moment (null when a newer request overtook it). */
    private record Built(ProductSearch index, List<Product> found) {
    }

    private void refresh() {
        long request = latest.incrementAndGet();
        Long categoryId = categoryId();
        String text = query.get();
        // Overtaken by a newer keystroke while it waited, a request is not searched: its result would never show.
        search.run(() -> request == latest.get() ? searchIndex.find(categoryId, text) : null, found -> {
            if (found != null) {
                show(request, found);
            }
        }, ProductGridViewModel::failed);
    }

    /** A search cannot fail but by a bug; the grid keeps what it shows. */
    private static void failed(Exception e) {
        LOG.error("a product search failed", e);
    }

    private void show(long request, List<Product> found) {
        if (request != latest.get()) {
            return;
        }
        shown = request;
        highlighted.set(-1);
        products.setAll(found);
    }

    private Long categoryId() {
        Category chosen = category.get();
        return chosen == null ? null : chosen.id();
    }
}
