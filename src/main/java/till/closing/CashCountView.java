package till.closing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import till.i18n.Texts;

/**
 * The counting part of the closing and opening screens over a {@link CashCount}: a spinner per note and coin (or one
 * amount field), then counted, expected and difference on one line. Node ids start with the screen's prefix
 * ({@code closing-piece-50}, {@code opening-counted}, ...). FX thread only.
 */
public final class CashCountView extends VBox {

    /**
     * @param prefix the screen's id prefix, e.g. {@code closing}
     * @param money  how an amount is written (the currency's format)
     * @param texts  the closing texts in the till's language
     */
    public CashCountView(CashCount count, String prefix, Function<BigDecimal, String> money, Texts texts) {
        super(4);
        getChildren().add(new Label(texts.get("count.heading")));
        if (count.pieces().isEmpty()) {
            TextField amount = new TextField();
            amount.setId(prefix + "-counted");
            amount.setPromptText(texts.get("count.amount.prompt"));
            amount.textProperty().bindBidirectional(count.countedText());
            getChildren().add(amount);
        } else {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            int i = 0;
            for (Map.Entry<BigDecimal, IntegerProperty> piece : count.pieces().entrySet()) {
                Spinner<Integer> spinner = new Spinner<>(0, 100_000, 0);
                spinner.setEditable(true);
                spinner.setPrefWidth(90);
                spinner.setId(prefix + "-piece-" + piece.getKey().toPlainString());
                spinner.valueProperty().addListener((o, a, b) -> piece.getValue().set(b == null ? 0 : b));
                grid.add(new Label(money.apply(piece.getKey())), (i / 8) * 2, i % 8);
                grid.add(spinner, (i / 8) * 2 + 1, i % 8);
                i++;
            }
            getChildren().add(grid);
        }
        Label totals = new Label();
        totals.setId(prefix + "-difference");
        totals.setWrapText(true);
        totals.textProperty().bind(Bindings.createStringBinding(() -> texts.get("count.totals",
                        count.counted().get().map(money).orElse(texts.get("count.none")),
                        money.apply(count.expected().get()),
                        count.difference().get().map(money).orElse(texts.get("count.none"))),
                count.counted(), count.expected(), count.difference()));
        getChildren().add(totals);
    }
}
