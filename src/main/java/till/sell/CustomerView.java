package till.sell;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.catalog.Customer;

/**
 * The customer chooser, laid over the selling screen (not a modal window): search, list, "no customer", close. FX
 * thread only.
 */
final class CustomerView extends StackPane {

    private final TextField search = new TextField();

    CustomerView(CustomerViewModel model, Messages messages) {
        getStyleClass().add("overlay");
        visibleProperty().bind(model.open());

        Label title = new Label(messages.get("customer.title"));
        title.getStyleClass().add("section-title");
        search.setId("customer-search");
        search.setPromptText(messages.get("customer.search"));
        search.textProperty().bindBidirectional(model.query());

        ListView<Customer> list = new ListView<>(model.customers());
        list.setId("customer-list");
        list.setCellFactory(v -> new CustomerCell(model));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setFocusTraversable(false);
        // The keyboard stays in the search field: the arrows walk the list, Enter takes the one pointed at (or the
        // first result), so a customer is chosen without the mouse.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                if (e.getCode() == KeyCode.DOWN) {
                    list.getSelectionModel().selectNext();
                } else {
                    list.getSelectionModel().selectPrevious();
                }
                if (list.getSelectionModel().getSelectedIndex() < 0 && !list.getItems().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
                e.consume();
            }
        });
        search.setOnAction(e -> {
            Customer chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null && !list.getItems().isEmpty()) {
                chosen = list.getItems().get(0);
            }
            if (chosen != null) {
                model.choose(chosen.id());
            }
        });

        Button none = new Button(messages.get("customer.clear"), new FontIcon("mdi2a-account-remove-outline"));
        none.setId("customer-none");
        none.setOnAction(e -> model.clearCustomer());
        Button close = new Button(messages.get("customer.close"), new FontIcon("mdi2c-close"));
        close.setId("customer-close");
        close.setOnAction(e -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(none, spacer, close);
        actions.getStyleClass().add("action-bar");

        VBox card = new VBox(title, search, list, actions);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(560, 600);
        getChildren().add(card);
        model.open().addListener((obs, old, now) -> {
            if (now) {
                search.requestFocus();
            }
        });
    }

    /** A customer row: name, then phone and e-mail; a click chooses it. */
    private static final class CustomerCell extends ListCell<Customer> {

        CustomerCell(CustomerViewModel model) {
            getStyleClass().add("customer-cell");
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    model.choose(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(Customer customer, boolean empty) {
            super.updateItem(customer, empty);
            if (empty || customer == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Label name = new Label(customer.name());
            name.getStyleClass().add("customer-name");
            Label contact = new Label(String.join("  ·  ",
                    java.util.stream.Stream.of(customer.phone(), customer.email()).filter(s -> !s.isEmpty())
                            .toList()));
            contact.getStyleClass().add("customer-contact");
            setGraphic(new VBox(name, contact));
            setId("customer-" + customer.id());
        }
    }
}
