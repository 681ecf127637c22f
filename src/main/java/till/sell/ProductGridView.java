package till.sell;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.catalog.Category;
import till.catalog.Product;

/**
 * The product side of the selling screen: search field, category bar and a grid of product tiles (coloured tiles
 * with the product's initials; the colour comes from a style class, never from Java). FX thread only.
 */
final class ProductGridView extends VBox {

    /** How many tile colours the style sheet defines ({@code tile-0} ...). */
    private static final int TILE_COLOURS = 8;
    private static final int TILE_CACHE = 4 * ProductGridViewModel.LIMIT;

    private final ProductGridViewModel model;
    private final LongConsumer addProduct;
    private final MoneyFormat money;
    private final TextField search = new TextField();
    private final FlowPane tiles = new FlowPane();
    /** Tiles built before, so narrowing or widening a search reuses nodes; bounded for huge catalogs. */
    private final Map<Long, Button> tileCache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Button> eldest) {
            return size() > TILE_CACHE;
        }
    };

    ProductGridView(ProductGridViewModel model, LongConsumer addProduct, Messages messages, MoneyFormat money) {
        this.model = model;
        this.addProduct = addProduct;
        this.money = money;
        getStyleClass().add("product-pane");

        search.setId("search");
        search.setPromptText(messages.get("search.prompt"));
        search.textProperty().bindBidirectional(model.query());
        search.setOnAction(e -> model.pick().ifPresent(p -> {
            addProduct.accept(p.id());
            search.clear();
        }));
        Button clear = new Button("", new FontIcon("mdi2c-close"));
        clear.setId("search-clear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchBar = new HBox(new FontIcon("mdi2m-magnify"), search, clear);
        searchBar.getStyleClass().add("search-bar");


        tiles.getStyleClass().add("product-grid");
        ScrollPane tileScroll = new ScrollPane(tiles);
        tileScroll.setId("products");
        tileScroll.setFitToWidth(true);
        tileScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(tileScroll, Priority.ALWAYS);

        Label more = new Label(messages.get("search.more", ProductGridViewModel.LIMIT));
        more.getStyleClass().add("search-more");
        more.visibleProperty().bind(model.truncated());
        more.managedProperty().bind(model.truncated());

        getChildren().addAll(searchBar, categoryBar(messages), tileScroll, more);
        model.products().addListener((javafx.collections.ListChangeListener<Product>) c -> showTiles());
        showTiles();
    }

    TextField search() {
        return search;
    }

    /** All categories at once, wrapping onto a second row if needed: a cashier should never scroll for one. */
    private FlowPane categoryBar(Messages messages) {
        ToggleGroup group = new ToggleGroup();
        FlowPane bar = new FlowPane();
        bar.getStyleClass().add("category-bar");
        ToggleButton all = categoryButton(group, messages.get("category.all"), null, "category-all");
        all.setGraphic(new FontIcon("mdi2h-home-outline"));
        all.setSelected(true);
        bar.getChildren().add(all);
        for (Category category : model.categories()) {
            bar.getChildren().add(categoryButton(group, category.name(), category, "category-" + category.id()));
        }
        // A category stays chosen: clicking the chosen one again does not leave the bar without a selection.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        return bar;
    }

    private ToggleButton categoryButton(ToggleGroup group, String text, Category category, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.getStyleClass().add("category-button");
        button.setToggleGroup(group);
        button.setFocusTraversable(false);
        button.setOnAction(e -> model.category().set(category));
        return button;
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.products().stream()
                .map(p -> tileCache.computeIfAbsent(p.id(), id -> tile(p))).toList());
    }

    private Button tile(Product product) {
        Label initials = new Label(initials(product.name()));
        initials.getStyleClass().add("tile-initials");
        StackPane picture = new StackPane(initials);
        picture.getStyleClass().addAll("tile-picture", "tile-" + Math.floorMod(product.id(), TILE_COLOURS));
        Label name = new Label(product.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        Label price = new Label(money.format(product.listPrice()));
        price.getStyleClass().add("tile-price");
        VBox content = new VBox(picture, name, price);
        content.getStyleClass().add("tile-content");
        Button tile = new Button();
        tile.setGraphic(content);
        tile.setId("product-" + product.id());
        tile.getStyleClass().add("product-tile");
        tile.setFocusTraversable(false);
        tile.setOnAction(e -> addProduct.accept(product.id()));
        return tile;
    }

    /** The first letters of the first two words: "Blue Mug" gives "BM". */
    static String initials(String name) {
        String letters = Arrays.stream(name.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)))
                .collect(Collectors.joining());
        return letters.toUpperCase(Locale.ROOT);
    }
}
