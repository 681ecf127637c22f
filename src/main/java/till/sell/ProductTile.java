package till.sell;

import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import till.catalog.Product;

/**
 * One product tile: a coloured square with the initials of the product's name and its internal reference, then the
 * name and the price. The grid reuses tiles as it scrolls, so {@link #show} repaints a tile for another product.
 * The colour is a style class ({@code tile-0} ...), never a colour in Java. FX thread only.
 */
final class ProductTile extends Button {

    /** How many tile colours the style sheet defines. */
    private static final int COLOURS = 8;

    private final MoneyFormat money;
    private final Label initials = new Label();
    private final Label code = new Label();
    private final StackPane picture = new StackPane(initials, code);
    private final Label name = new Label();
    private final Label variant = new Label();
    private final Label price = new Label();
    private final Tooltip tooltip = new Tooltip();
    private Product product;

    ProductTile(MoneyFormat money, LongConsumer addProduct) {
        this.money = money;
        initials.getStyleClass().add("tile-initials");
        code.getStyleClass().add("tile-code");
        StackPane.setAlignment(code, Pos.BOTTOM_CENTER);
        picture.getStyleClass().add("tile-picture");
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        variant.getStyleClass().add("tile-variant");
        variant.managedProperty().bind(variant.visibleProperty());
        price.getStyleClass().add("tile-price");
        VBox content = new VBox(picture, name, variant, price);
        content.getStyleClass().add("tile-content");
        setGraphic(content);
        getStyleClass().add("product-tile");
        setFocusTraversable(false);
        setOnAction(e -> {
            if (product != null) {
                addProduct.accept(product.id());
            }
        });
    }

    void show(Product shown) {
        product = shown;
        setId("product-" + shown.id());
        ProductName split = ProductName.of(shown.name());
        initials.setText(split.initials());
        code.setText(shown.defaultCode());
        picture.getStyleClass().removeIf(c -> c.startsWith("tile-") && !c.equals("tile-picture"));
        picture.getStyleClass().add("tile-" + Math.floorMod(shown.id(), COLOURS));
        // The base wraps to two lines; the variant has its own line, so two variants never look alike.
        name.setText(split.base());
        variant.setText(split.variant());
        variant.setVisible(!split.variant().isEmpty());
        tooltip.setText(split.full());
        setTooltip(tooltip);
        price.setText(money.format(shown.listPrice()));
    }
}
