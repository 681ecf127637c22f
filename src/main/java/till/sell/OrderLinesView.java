package till.sell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The current order's lines as a virtualised list: only the visible lines have nodes, a change repaints only the
 * rows that changed, and the selected line (the one the numpad edits) is scrolled into view after every add, merge
 * and resume. The list's own selection is not used: the view model owns which line is selected, and the focus stays
 * where scans are heard. FX thread only.
 */
final class OrderLinesView extends ListView<OrderLinesView.Row> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /**
     * One line as shown, its texts already written. Immutable.
     *
     * @param discount the discount's text, empty without a discount
     * @param selected whether the numpad edits this line
     */
    record Row(int lineId, String name, String amount, String detail, String discount, boolean selected) {
    }


    /** The row to scroll into view at the next layout, or -1. */
    private int reveal = -1;

    /** @param select called with the line id of a tapped line */
    OrderLinesView(IntConsumer select, Messages messages) {
        setId("order-lines");
        getStyleClass().add("order-list");
        setFocusTraversable(false);
        Label empty = new Label(messages.get("order.empty"), new FontIcon("mdi2c-cart-outline"));
        empty.getStyleClass().add("order-empty");
        setPlaceholder(empty);
        setCellFactory(v -> new LineCell(select));
    }

    /** Shows the order's lines, changing only the rows that differ, and keeps the selected line in view. */
    void show(List<Row> rows) {
        ObservableList<Row> items = getItems();
        int common = Math.min(items.size(), rows.size());
        for (int i = 0; i < common; i++) {
            if (!items.get(i).equals(rows.get(i))) {
                items.set(i, rows.get(i));
            }
        }
        if (items.size() > rows.size()) {
            items.remove(rows.size(), items.size());
        } else if (rows.size() > common) {
            items.addAll(new ArrayList<>(rows.subList(common, rows.size())));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).selected()) {
                reveal = i;
                requestLayout();
            }
        }
    }

    /**
     * After the cells follow the items, scrolls as little as needed for the selected row to be wholly visible
     * (ListView.scrollTo would put it on top); before that layout the flow does not know the new rows yet.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (reveal >= 0 && reveal < getItems().size() && lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(reveal);
            reveal = -1;
        }
    }

    /** A line: name and amount, quantity × unit price, the discount if any. Keeps its nodes when reused. */
    private final class LineCell extends ListCell<Row> {

        private final Label name = new Label();
        private final Label variant = new Label();
        private final Tooltip tooltip = new Tooltip();
        private final Label amount = new Label();
        private final Label detail = new Label();
        private final Label discount = new Label();
        private final VBox box;

        LineCell(IntConsumer select) {
            name.getStyleClass().add("line-name");
            name.setWrapText(true);
            variant.getStyleClass().add("line-variant");
            variant.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.SOMETIMES);
            amount.getStyleClass().add("line-total");
            amount.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("line-detail");
            discount.getStyleClass().add("line-discount");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new VBox(new HBox(8, name, variant, spacer, amount), detail);
            box.getStyleClass().add("order-line");
            setFocusTraversable(false);
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    select.accept(getItem().lineId());
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ProductName split = ProductName.of(row.name());
            // The variant never shrinks; the base wraps to two lines and the tooltip has the whole name.
            name.setText(split.base());
            variant.setText(split.variant());
            tooltip.setText(split.full());
            setTooltip(tooltip);
            amount.setText(row.amount());
            detail.setText(row.detail());
            discount.setText(row.discount());
            // Out of the tree, not just hidden: a line without a discount has no discount node to find.
            if (row.discount().isEmpty()) {
                box.getChildren().remove(discount);
            } else if (!box.getChildren().contains(discount)) {
                box.getChildren().add(discount);
            }
            box.setId("line-" + row.lineId());
            box.pseudoClassStateChanged(SELECTED, row.selected());
            setGraphic(box);
        }
    }
}
