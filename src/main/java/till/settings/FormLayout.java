package till.settings;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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

    /**
     * A field with the words of what is wrong with it right under it, red; the field is marked (style class
     * {@code field-error}) while they say something.
     *
     * @param id the error label's id
     */
    static VBox withError(Control field, ObservableStringValue error, String id) {
        Label words = new Label();
        words.setId(id);
        words.getStyleClass().add("setup-field-error");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.textProperty().bind(error);
        words.visibleProperty().bind(words.textProperty().isNotEmpty());
        words.managedProperty().bind(words.visibleProperty());
        words.visibleProperty().addListener((obs, was, shown) -> {
            field.getStyleClass().remove("field-error");
            if (shown) {
                field.getStyleClass().add("field-error");
            }
        });
        field.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, field, words);
    }
}
