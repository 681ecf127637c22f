package till.sell;

import java.text.NumberFormat;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.order.LargeSale;

/**
 * The question Pay asks before a very large sale, laid over the till screen: the total and the largest quantity in
 * large type, and two big buttons. Yes (Enter) goes on to payment, No (Esc) returns to the order untouched; the keys
 * are {@link SellKeyboard}'s. FX thread only.
 */
final class LargeSaleView extends StackPane {

    LargeSaleView(SellViewModel model, Messages messages, MoneyFormat money) {
        setId("large-sale");
        getStyleClass().add("overlay");
        visibleProperty().bind(model.largeSaleQuestion().isNotNull());

        Label title = new Label(messages.get("largeSale.title"), new FontIcon("mdi2a-alert-outline"));
        title.getStyleClass().addAll("section-title", "large-sale-title");
        Label amount = new Label();
        amount.setId("large-sale-amount");
        amount.getStyleClass().add("large-sale-amount");
        Label quantity = new Label();
        quantity.setId("large-sale-quantity");
        quantity.getStyleClass().add("large-sale-quantity");
        Label question = new Label(messages.get("largeSale.question"));
        question.setWrapText(true);

        Button no = new Button(messages.get("largeSale.no"), new FontIcon("mdi2a-arrow-left"));
        no.setId("large-sale-no");
        no.getStyleClass().add("large-sale-button");
        no.setOnAction(e -> model.declineLargeSale());
        Button yes = new Button(messages.get("largeSale.yes"), new FontIcon("mdi2c-check-bold"));
        yes.setId("large-sale-yes");
        yes.getStyleClass().addAll("accent", "large-sale-button");
        yes.setOnAction(e -> model.confirmLargeSale());
        for (Button b : new Button[] {no, yes}) {
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        HBox actions = new HBox(no, yes);
        actions.getStyleClass().addAll("action-bar", "large-sale-actions");

        model.largeSaleQuestion().addListener((obs, old, now) -> show(now, amount, quantity, messages, money));

        VBox card = new VBox(title, amount, quantity, question, actions);
        card.getStyleClass().addAll("overlay-card", "large-sale-card");
        card.setMaxSize(640, Region.USE_PREF_SIZE);
        getChildren().add(card);
    }

    private static void show(LargeSale.Question now, Label amount, Label quantity, Messages messages,
                             MoneyFormat money) {
        if (now == null) {
            return;
        }
        amount.setText(messages.get("largeSale.amount", money.format(now.total())));
        // Grouped as the till's language writes numbers: 121,299 is read at a glance, 121299 is not.
        NumberFormat units = NumberFormat.getNumberInstance(messages.locale());
        units.setMaximumFractionDigits(3);
        quantity.setText(messages.get("largeSale.quantity", units.format(now.largestQuantity())));
    }
}
