package till.sell;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.order.PaidOrder;

/** The receipt of the order just paid, laid out as it would print, and the "Next order" button. FX thread only. */
final class ReceiptView extends BorderPane {

    private final OrderSession session;
    private final Receipt receipt;
    private final VBox paper = new VBox();

    ReceiptView(OrderSession session, Receipt receipt, Messages messages) {
        this.session = session;
        this.receipt = receipt;
        getStyleClass().add("receipt-screen");

        Label paid = new Label(messages.get("receipt.paid"), new FontIcon("mdi2c-check-circle-outline"));
        paid.setId("paid-label");
        paid.getStyleClass().add("paid-label");

        paper.setId("receipt");
        paper.getStyleClass().add("receipt-paper");
        StackPane centred = new StackPane(paper);
        centred.getStyleClass().add("receipt-desk");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);

        Button next = new Button(messages.get("receipt.next"), new FontIcon("mdi2a-arrow-right"));
        next.setId("next-order");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> session.nextOrder());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(paid, spacer, next);
        bar.getStyleClass().add("action-bar");

        setCenter(scroll);
        setBottom(bar);
        session.receipt().addListener((obs, old, now) -> show(now));
        show(session.receipt().get());
    }

    private void show(PaidOrder paid) {
        paper.getChildren().clear();
        if (paid == null) {
            return;
        }
        for (ReceiptRow row : receipt.rows(paid)) {
            Label left = new Label(row.left());
            left.setWrapText(true);
            left.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(left, Priority.ALWAYS);
            HBox line = new HBox(left);
            if (!row.right().isEmpty()) {
                Label right = new Label(row.right());
                right.setMinWidth(Region.USE_PREF_SIZE);
                line.getChildren().add(right);
            }
            line.getStyleClass().addAll("receipt-row", row.style());
            paper.getChildren().add(line);
        }
    }
}
