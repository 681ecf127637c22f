package till.settings;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import till.settings.SetupService.Field;

/**
 * The setup screen over the selling screen: the settings of {@code till setup}, filled in step by step with what the
 * server offers; what is wrong shows red under the field it concerns, and after a save "Restart the till" (decision
 * 0245). As tall as its content. FX thread only.
 */
final class SetupView extends StackPane {

    /** @param printer the printer section, or null */
    SetupView(SetupViewModel model, Node printer) {
        setId("setup-panel");
        getStyleClass().add("overlay");
        visibleProperty().bind(model.isOpen());
        ServiceWords words = model.words();

        Label title = new Label(words.get("setup.title"));
        title.getStyleClass().add("section-title");
        TextField server = field("setup-server", words.get("setup.server.prompt"));
        server.textProperty().bindBidirectional(model.server());
        TextField push = field("setup-push-url", words.get("setup.push.prompt"));
        push.textProperty().bindBidirectional(model.pushUrl());
        ComboBox<String> database = new ComboBox<>(model.databases());
        database.setId("setup-database");
        database.setEditable(true);
        database.valueProperty().bindBidirectional(model.database());
        Button listDatabases = FormLayout.whole(new Button(words.get("setup.listDatabases"),
                new FontIcon("mdi2d-database-search")));
        listDatabases.setId("setup-list-databases");
        listDatabases.setOnAction(e -> model.loadDatabases());
        TextField login = field("setup-login", words.get("setup.login.prompt"));
        login.textProperty().bindBidirectional(model.login());
        PasswordField password = new PasswordField();
        password.setId("setup-password");
        password.textProperty().bindBidirectional(model.password());
        ComboBox<SetupService.PosChoice> config = new ComboBox<>(model.configs());
        config.setId("setup-pos-config");
        config.valueProperty().bindBidirectional(model.config());
        Button logIn = FormLayout.whole(new Button(words.get("setup.logIn"), new FontIcon("mdi2l-login")));
        logIn.setId("setup-log-in");
        logIn.setOnAction(e -> model.loadConfigs());
        CheckBox keep = FormLayout.option(words.get("setup.keepPassword"));
        keep.setId("setup-keep-password");
        keep.selectedProperty().bindBidirectional(model.keepPassword());

        GridPane form = FormLayout.form();
        form.addRow(0, FormLayout.label(words.get("setup.server")), checked(server, model, Field.SERVER));
        form.addRow(1, FormLayout.label(words.get("setup.push")), checked(push, model, Field.PUSH_URL));
        form.addRow(2, FormLayout.label(words.get("setup.database")), checked(database, model, Field.DATABASE),
                listDatabases);
        form.addRow(3, FormLayout.label(words.get("setup.login")), checked(login, model, Field.LOGIN));
        form.addRow(4, FormLayout.label(words.get("setup.password")), checked(password, model, Field.PASSWORD),
                logIn);
        form.addRow(5, FormLayout.label(words.get("setup.pos")), checked(config, model, Field.POS));
        form.add(keep, 1, 6, 2, 1);
        for (Node cell : form.getChildren()) {
            // A field's error grows its cell downwards: the label stays on the field's line.
            GridPane.setValignment(cell, VPos.BASELINE);
        }

        Label message = new Label();
        message.setId("setup-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        model.messageIsError().addListener((obs, was, error) -> {
            message.getStyleClass().remove("setup-message-error");
            if (error) {
                message.getStyleClass().add("setup-message-error");
            }
        });
        Button save = new Button(words.get("setup.save"), new FontIcon("mdi2c-check"));
        save.setId("setup-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button close = new Button(words.get("setup.close"), new FontIcon("mdi2c-close"));
        close.setId("setup-close");
        close.setOnAction(e -> model.close());
        for (Button button : new Button[] {listDatabases, logIn, save}) {
            button.disableProperty().bind(model.busy());
        }
        Button restart = new Button(words.get("setup.restart"), new FontIcon("mdi2r-restart"));
        restart.setId("setup-restart");
        restart.getStyleClass().add("accent");
        restart.visibleProperty().bind(model.restartOffered());
        restart.managedProperty().bind(restart.visibleProperty());
        restart.setOnAction(e -> model.restart());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(save, restart, spacer, close);
        actions.getStyleClass().add("action-bar");

        VBox card = new VBox(title, form, message, actions);
        card.getStyleClass().addAll("overlay-card", "setup-card");
        card.setMaxWidth(720);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        if (printer != null) {
            card.getChildren().add(card.getChildren().size() - 1, printer);
        }
        getChildren().add(card);
    }

    /** The field with its error under it; the id of the error is the field's and {@code -error}. */
    private static Node checked(Control field, SetupViewModel model, Field which) {
        return FormLayout.withError(field, model.error(which), field.getId() + "-error");
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
