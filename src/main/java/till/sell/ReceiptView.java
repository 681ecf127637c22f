package till.sell;

import java.util.List;
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
    private final Messages messages;
    private final Button print = new Button();
    private final Button showPrinted = new Button();
    private ReceiptPrinting printing;
    /** Whether the shown order's receipt was queued already: the button then reprints. */
    private boolean printed;

    ReceiptView(OrderSession session, Receipt receipt, Messages messages) {
        this.session = session;
        this.receipt = receipt;
        this.messages = messages;
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
        print.setId("print-receipt");
        print.setGraphic(new FontIcon("mdi2p-printer"));
        print.setOnAction(e -> printNow());
        showPrinted.setId("show-receipt");
        showPrinted.setText(messages.get("receipt.show"));
        showPrinted.setGraphic(new FontIcon("mdi2i-image-outline"));
        showPrinted.setOnAction(e -> printing.show(session.receipt().get()));
        for (Button button : List.of(print, showPrinted)) {
            button.setVisible(false);
            button.managedProperty().bind(button.visibleProperty());
        }
        HBox bar = new HBox(paid, spacer, showPrinted, print, next);
        bar.getStyleClass().add("action-bar");

        setCenter(scroll);
        setBottom(bar);
        session.receipt().addListener((obs, old, now) -> show(now));
        show(session.receipt().get());
    }

    /** Offers Print / Reprint (and in demo mode Show receipt) on the till's printer. FX thread only. */
    void usePrinting(ReceiptPrinting printer) {
        this.printing = printer;
        show(session.receipt().get());
    }

    private void printNow() {
        PaidOrder paid = session.receipt().get();
        if (paid != null) {
            printing.print(paid);
            printed = true;
            print.setText(messages.get("receipt.reprint"));
        }
    }

    private void show(PaidOrder paid) {
        printed = printing != null && printing.autoPrint();
        print.setText(messages.get(printed ? "receipt.reprint" : "receipt.print"));
        print.setVisible(printing != null && paid != null);
        showPrinted.setVisible(printing != null && paid != null && printing.showable());
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
