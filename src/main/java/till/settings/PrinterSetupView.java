package till.settings;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The settings screen's printer section: device, paper, auto-print, drawer, "Test" and "Save". FX thread only. */
final class PrinterSetupView extends VBox {

    PrinterSetupView(PrinterSetupViewModel model) {
        setId("printer-setup");
        ServiceWords words = model.words();
        Label title = new Label(words.get("printer.title"));
        title.getStyleClass().add("section-title");
        TextField device = new TextField();
        device.setId("printer-device");
        device.setPromptText(words.get("printer.device.prompt"));
        device.textProperty().bindBidirectional(model.device());
        ComboBox<String> paper = new ComboBox<>();
        paper.getItems().addAll("80", "58", "42");
        paper.setId("printer-paper");
        paper.valueProperty().bindBidirectional(model.paper());
        CheckBox autoPrint = FormLayout.option(words.get("printer.autoPrint"));
        autoPrint.setId("printer-auto-print");
        autoPrint.selectedProperty().bindBidirectional(model.autoPrint());
        CheckBox drawer = FormLayout.option(words.get("printer.drawer"));
        drawer.setId("printer-drawer");
        drawer.selectedProperty().bindBidirectional(model.drawer());
        Button test = FormLayout.whole(new Button(words.get("printer.test"), new FontIcon("mdi2p-printer-check")));
        test.setId("printer-test");
        test.setOnAction(e -> model.test());
        Button save = FormLayout.whole(new Button(words.get("printer.save"),
                new FontIcon("mdi2c-content-save-outline")));
        save.setId("printer-save");
        save.setOnAction(e -> model.save());
        test.disableProperty().bind(model.busy().or(model.device().isEmpty()));
        save.disableProperty().bind(model.busy());

        GridPane form = FormLayout.form();
        form.addRow(0, FormLayout.label(words.get("printer.device")), device, test);
        form.addRow(1, FormLayout.label(words.get("printer.paper")), paper, save);
        // One option a line: side by side, a longer language would cut them.
        form.add(new VBox(4, autoPrint, drawer), 1, 2, 2, 1);
        Label message = new Label();
        message.setId("printer-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        getChildren().addAll(title, form, message);
    }
}
