package till.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.i18n.Texts;
import till.sell.MoneyFormat;
import till.sell.ReceiptRow;
import till.session.HistoryEntry;
import till.session.ServerOrder;

/**
 * The order history screen: a search box over two tabs, this session's orders from the till (a virtualised list,
 * newest first, with the chosen order's receipt, Reprint, Show receipt and Refund) and the server's orders of earlier
 * sessions (read-only, with their lines), in the model's language. FX thread only.
 */
public final class HistoryView extends BorderPane {

    private final HistoryViewModel model;
    private final MoneyFormat money;
    private final Texts texts;
    private final DateTimeFormatter time;
    private final TabPane tabs = new TabPane();

    public HistoryView(HistoryViewModel model, MoneyFormat money, ZoneId zone) {
        this.model = model;
        this.money = money;
        this.texts = model.texts();
        // The language's short time (15:45, 3:45 PM) in the shop's zone: the session's orders are of one day.
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale()).withZone(zone);
        getStyleClass().add("history");

        TextField search = new TextField();
        search.setId("history-search");
        search.setPromptText(texts.get("history.search.prompt"));
        search.textProperty().bindBidirectional(model.query());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button server = new Button(texts.get("history.search.server"), new FontIcon("mdi2c-cloud-search-outline"));
        server.setId("history-server-search");
        server.disableProperty().bind(model.searching());
        server.setOnAction(e -> {
            tabs.getSelectionModel().select(1);
            model.searchServer();
        });
        search.setOnAction(e -> {
            if (tabs.getSelectionModel().getSelectedIndex() == 1) {
                model.searchServer();
            }
        });
        HBox top = new HBox(8, search, server);
        top.setPadding(new Insets(8));

        Tab session = new Tab(texts.get("history.tab.session"), sessionPane());
        session.setId("history-session-tab");
        Tab earlier = new Tab(texts.get("history.tab.server"), serverPane());
        earlier.setId("history-server-tab");
        tabs.getTabs().addAll(session, earlier);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        setTop(top);
        setCenter(tabs);
    }

    private SplitPane sessionPane() {
        ListView<HistoryEntry> list = new ListView<>(model.orders());
        list.setId("history-list");
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.open(now);
            }
        });
        model.selected().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        Label message = new Label();
        message.setId("history-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        VBox left = new VBox(4, list, message);
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox paper = new VBox();
        paper.setId("history-receipt");
        paper.getStyleClass().add("receipt-paper");
        model.receipt().addListener((ListChangeListener<ReceiptRow>) c -> showRows(paper));
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox right = new VBox(8, scroll, actions());
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.55);
        return split;
    }

    private HBox actions() {
        Button reprint = new Button(texts.get("history.reprint"), new FontIcon("mdi2p-printer"));
        reprint.setId("history-reprint");
        reprint.setOnAction(e -> model.reprint());
        reprint.setVisible(model.canPrint());
        Button show = new Button(texts.get("history.show"), new FontIcon("mdi2i-image-outline"));
        show.setId("history-show");
        show.setOnAction(e -> model.showPrinted());
        show.setVisible(model.showable());
        Button refund = new Button(texts.get("history.refund"), new FontIcon("mdi2c-cash-refund"));
        refund.setId("history-refund");
        refund.setOnAction(e -> model.refund());
        refund.setVisible(model.refundOffered());
        for (Button button : new Button[] {reprint, show, refund}) {
            button.managedProperty().bind(button.visibleProperty());
            button.disableProperty().bind(model.selected().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, refund, spacer, show, reprint);
    }

    private void showRows(VBox paper) {
        paper.getChildren().clear();
        for (ReceiptRow row : model.receipt()) {
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

    private SplitPane serverPane() {
        ListView<ServerOrder> list = new ListView<>(model.serverOrders());
        list.setId("server-list");
        list.setCellFactory(v -> new ServerCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.serverSelected()
                .set(now));
        Label message = new Label();
        message.setId("server-message");
        message.setWrapText(true);
        message.textProperty().bind(model.serverMessage());
        VBox left = new VBox(4, message, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label detail = new Label(texts.get("history.server.detail"));
        detail.setId("server-detail");
        detail.setWrapText(true);
        detail.setPadding(new Insets(8));
        model.serverSelected().addListener((obs, old, now) -> detail.setText(now == null ? "" : detail(now)));
        return new SplitPane(left, new ScrollPane(detail));
    }

    private String detail(ServerOrder order) {
        StringBuilder text = new StringBuilder(order.reference()).append('\n').append(order.date())
                .append("   ").append(serverState(order));
        if (!order.session().isEmpty()) {
            text.append("   ").append(order.session());
        }
        if (!order.customer().isEmpty()) {
            text.append('\n').append(order.customer());
        }
        text.append("\n\n");
        order.lines().forEach(l -> text.append(MoneyFormat.quantity(l.qty())).append(" \u00d7 ").append(l.product())
                .append("   ").append(money.format(l.total())).append('\n'));
        text.append('\n').append(texts.get("history.server.total")).append("   ").append(money.format(order.total()))
                .append('\n');
        order.payments().forEach(p -> text.append(p.method()).append("   ").append(money.format(p.amount()))
                .append('\n'));
        return text.toString();
    }

    /** The server's state in the till's language; a state the till does not know as the server wrote it. */
    private String serverState(ServerOrder order) {
        String key = "server.state." + order.state();
        return texts.has(key) ? texts.get(key) : order.state();
    }

    /** One order of the session: reference and time, customer, total, payment methods, sending state. */
    private final class EntryCell extends ListCell<HistoryEntry> {
        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            setText(entry.reference() + "   " + time.format(entry.paidAt()) + "   " + money.format(entry.total())
                    + "\n" + (entry.customer().isEmpty() ? "" : entry.customer() + "   ")
                    + String.join(", ", entry.methods()) + "   " + texts.get("state." + entry.state().name()));
        }
    }

    /** One server order: reference, date, customer, total and state. */
    private final class ServerCell extends ListCell<ServerOrder> {
        @Override
        protected void updateItem(ServerOrder order, boolean empty) {
            super.updateItem(order, empty);
            if (empty || order == null) {
                setText(null);
                return;
            }
            setText(order.reference() + "   " + order.date() + "   " + money.format(order.total()) + "\n"
                    + (order.customer().isEmpty() ? "" : order.customer() + "   ") + serverState(order));
        }
    }
}
