package till.settings;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * How the settings forms lay out texts of any length: a label or a button is never narrower than its text (the
 * input fields give way instead), and a long option wraps onto more lines. Translations run up to a third longer than
 * English. FX thread only.
 */
final class FormLayout {

    private FormLayout() {
    }

    /** The form's columns: the labels and the buttons keep their width, the fields take what is left. */
    static GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("setup-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        ColumnConstraints buttons = new ColumnConstraints();
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, fields, buttons);
        return form;
    }

    /** A label of the form's first column, never cut. */
    static Label label(String text) {
        return whole(new Label(text));
    }

    /** A labeled (a button) that keeps the width of its text. */
    static <T extends Labeled> T whole(T labeled) {
        labeled.setMinWidth(Region.USE_PREF_SIZE);
        return labeled;
    }

    /** An option that wraps onto more lines rather than be cut. */
    static CheckBox option(String text) {
        CheckBox box = new CheckBox(text);
        box.setWrapText(true);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }
}
