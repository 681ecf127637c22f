package till.sell;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import till.catalog.Catalog;
import till.catalog.Category;
import till.catalog.Product;

/**
 * The product side of the selling screen: the category bar, the search field and the products they select. FX
 * thread only. The grid offers at most {@link #LIMIT} products: nobody scrolls through more, and the search field
 * narrows them faster.
 */
public final class ProductGridViewModel {

    static final int LIMIT = 1000;

    private Catalog catalog;
    private ProductIndex index;
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Category> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    /** One wrapper for all callers: it holds its listeners only weakly on the backing list. */
    private final ObservableList<Product> productsView = FXCollections.unmodifiableObservableList(products);
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();

    public ProductGridViewModel(Catalog catalog) {
        this.catalog = catalog;
        this.index = new ProductIndex(catalog.products());
        categories.setAll(catalog.categories());
        category.addListener((obs, old, now) -> refresh());
        query.addListener((obs, old, now) -> refresh());
        refresh();
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
        this.index = new ProductIndex(fresh.products());
        if (!categories.equals(fresh.categories())) {
            categories.setAll(fresh.categories());
        }
        Category chosen = category.get();
        if (chosen != null && fresh.categories().stream().noneMatch(c -> c.id() == chosen.id())) {
            category.set(null);
        }
        refresh();
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

    /** True when more products match than the grid shows. */
    public ReadOnlyBooleanProperty truncated() {
        return truncated.getReadOnlyProperty();
    }

    /**
     * What Enter in the search field picks: the product whose barcode is the text (a scan into the field), else
     * the only match.
     */
    public Optional<Product> pick() {
        Optional<Product> byBarcode = catalog.productByBarcode(query.get().strip());
        if (byBarcode.isPresent()) {
            return byBarcode;
        }
        return products.size() == 1 ? Optional.of(products.get(0)) : Optional.empty();
    }

    private void refresh() {
        Category chosen = category.get();
        List<Product> matches = index.find(new ProductFilter(chosen == null ? null : chosen.id(), query.get()),
                LIMIT + 1);
        truncated.set(matches.size() > LIMIT);
        products.setAll(matches.size() > LIMIT ? matches.subList(0, LIMIT) : matches);
    }
}
