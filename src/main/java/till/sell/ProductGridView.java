package till.sell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.catalog.Category;
import till.catalog.Product;

/**
 * The product side of the selling screen: search field, category bar and the product grid. The grid is a list of
 * rows of tiles, so only the visible rows have nodes, and scrolling reuses them: a keystroke in a 50 000-product
 * catalog rebuilds a handful of tiles, not hundreds, and a category of 8 700 products scrolls to its last one.
 * FX thread only.
 */
final class ProductGridView extends VBox {

    /**
     * A tile's narrowest width and its height in em of the screen's font, as the style sheet sizes
     * {@code .product-tile}; the gaps between tiles and under a row in px ({@code .product-row}, the cell's padding).
     * Tiles are widened so that a row fills the grid (decision 0243).
     */
    private static final double TILE_EMS = 140 / 15.0;
    private static final double TILE_HEIGHT_EMS = 10;
    private static final double GAP = 8;
    private static final double CELL_LEFT = 2;
    /** The vertical scroll bar's width in em (the default skin sizes it in em), kept free on the right. */
    private static final double SCROLL_BAR_EMS = 1.4;

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final ProductGridViewModel model;
    private final LongConsumer addProduct;
    private final MoneyFormat money;
    private final TextField search = new TextField();
    private final ListView<List<Product>> rows = new ListView<>();
    private int columns = 4;
    private double tileWidth = 140;

    ProductGridView(ProductGridViewModel model, LongConsumer addProduct, Messages messages, MoneyFormat money) {
        this.model = model;
        this.addProduct = addProduct;
        this.money = money;
        getStyleClass().add("product-pane");

        search.setId("search");
        search.setPromptText(messages.get("search.prompt"));
        search.textProperty().bindBidirectional(model.query());
        search.setOnAction(e -> model.enter().ifPresent(p -> {
            addProduct.accept(p.id());
            search.clear();
        }));
        // The arrows walk through the results (Enter adds the one pointed at): before the field moves its caret.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step = switch (e.getCode()) {
                case DOWN -> columns;
                case UP -> -columns;
                case RIGHT -> model.highlighted().get() >= 0 ? 1 : 0;
                case LEFT -> model.highlighted().get() >= 0 ? -1 : 0;
                default -> 0;
            };
            if (step != 0) {
                model.moveHighlight(step);
                e.consume();
            }
        });
        Button clear = new Button("", new FontIcon("mdi2c-close"));
        clear.setId("search-clear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchBar = new HBox(new FontIcon("mdi2m-magnify"), search, clear);
        searchBar.getStyleClass().add("search-bar");

        rows.setId("products");
        rows.getStyleClass().add("product-grid");
        rows.setFocusTraversable(false);
        rows.setFixedCellSize(rowHeight());
        rows.setCellFactory(v -> new RowCell());
        rows.widthProperty().addListener((obs, old, now) -> fitColumns(now.doubleValue()));
        // The screen's font grows with the window (ScreenScale): the tiles and rows grow with it.
        search.fontProperty().addListener((obs, old, now) -> {
            rows.setFixedCellSize(rowHeight());
            fitColumns(rows.getWidth());
        });
        VBox.setVgrow(rows, Priority.ALWAYS);

        getChildren().addAll(searchBar, categoryBar(messages), rows);
        model.products().addListener((ListChangeListener<Product>) c -> showRows());
        model.highlighted().addListener((obs, old, now) -> {
            rows.refresh();
            if (now.intValue() >= 0) {
                rows.scrollTo(now.intValue() / columns);
            }
        });
        showRows();
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
        fillCategories(bar, group, all);
        // A refreshed catalog may bring other categories: the bar follows, keeping the chosen one where it still is.
        model.categories().addListener((ListChangeListener<Category>) c -> fillCategories(bar, group, all));
        // A category stays chosen: clicking the chosen one again does not leave the bar without a selection.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null && old.getToggleGroup() == group) {
                old.setSelected(true);
            }
        });
        return bar;
    }

    private void fillCategories(FlowPane bar, ToggleGroup group, ToggleButton all) {
        Category chosen = model.category().get();
        bar.getChildren().forEach(n -> ((ToggleButton) n).setToggleGroup(null));
        bar.getChildren().setAll(all);
        all.setToggleGroup(group);
        all.setSelected(chosen == null);
        for (Category category : model.categories()) {
            ToggleButton button = categoryButton(group, category.name(), category, "category-" + category.id());
            button.setSelected(chosen != null && chosen.id() == category.id());
            bar.getChildren().add(button);
        }
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

    /** The screen's em: the search field's font, which the style sheet and ScreenScale size. */
    private double em() {
        return search.getFont().getSize();
    }

    private double rowHeight() {
        return Math.ceil(TILE_HEIGHT_EMS * em()) + GAP;
    }

    private void fitColumns(double width) {
        double room = width - Math.ceil(SCROLL_BAR_EMS * em()) - CELL_LEFT;
        double narrowest = Math.ceil(TILE_EMS * em());
        int fitting = Math.max(1, (int) ((room + GAP) / (narrowest + GAP)));
        // The tiles share the row's room: no empty band at the right whatever the window's width.
        double widest = Math.max(narrowest, Math.floor((room - (fitting - 1) * GAP) / fitting));
        if (fitting != columns) {
            columns = fitting;
            tileWidth = widest;
            showRows();
        } else if (widest != tileWidth) {
            tileWidth = widest;
            rows.refresh();
        }
    }

    private void showRows() {
        List<Product> products = model.products();
        List<List<Product>> chunks = new ArrayList<>(products.size() / columns + 1);
        for (int from = 0; from < products.size(); from += columns) {
            chunks.add(List.copyOf(products.subList(from, Math.min(products.size(), from + columns))));
        }
        rows.getItems().setAll(chunks);
        rows.scrollTo(0);
    }

    /** One row of tiles; its tiles are kept and repainted when the row shows other products. */
    private final class RowCell extends ListCell<List<Product>> {

        private final HBox box = new HBox();
        private final List<ProductTile> tiles = new ArrayList<>();

        RowCell() {
            box.getStyleClass().add("product-row");
            setFocusTraversable(false);
        }

        @Override
        protected void updateItem(List<Product> row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            while (tiles.size() < row.size()) {
                tiles.add(new ProductTile(money, addProduct));
            }
            if (box.getChildren().size() != row.size()) {
                box.getChildren().setAll(tiles.subList(0, row.size()));
            }
            int at = model.highlighted().get();
            Product pointed = at >= 0 && at < model.products().size() ? model.products().get(at) : null;
            for (int i = 0; i < row.size(); i++) {
                tiles.get(i).setMinWidth(tileWidth);
                tiles.get(i).setPrefWidth(tileWidth);
                tiles.get(i).setMaxWidth(tileWidth);
                tiles.get(i).show(row.get(i));
                tiles.get(i).pseudoClassStateChanged(HIGHLIGHTED, row.get(i).equals(pointed));
            }
            setGraphic(box);
        }
    }
}
