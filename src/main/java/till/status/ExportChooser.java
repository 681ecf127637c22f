package till.status;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import till.i18n.Texts;

/**
 * Asks where to save the outbox export: a file chooser in the till, a fixed file in tests. FX thread only.
 */
@FunctionalInterface
public interface ExportChooser {

    /** The file to write, or empty when the person cancelled. */
    Optional<Path> choose(Window owner);

    /** The production chooser: a save dialog for a {@code .json} file, titled in English. */
    static ExportChooser fileChooser() {
        return fileChooser(Locale.ENGLISH);
    }

    /** The production chooser: a save dialog for a {@code .json} file, titled in the till's language. */
    static ExportChooser fileChooser(Locale locale) {
        String title = Texts.of(StatusWords.BUNDLE, locale).get("outbox.export.title");
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName("till-unsent-orders.json");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
