package till.status;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import till.i18n.Texts;

/**
 * A small window with the picture of a receipt the demo printer made, so someone trying Till sees the receipt it
 * printed. The picture loads in the background. FX thread only.
 */
public final class ReceiptPictureWindow {

    private ReceiptPictureWindow() {
    }

    /** In English: opens the window over {@code owner} (may be null); {@code picture} empty: none printed yet. */
    public static Stage show(Window owner, Optional<Path> picture) {
        return show(owner, picture, Locale.ENGLISH);
    }

    /** Opens the window over {@code owner} (may be null), worded in {@code locale}; {@code picture} empty: says so. */
    public static Stage show(Window owner, Optional<Path> picture, Locale locale) {
        Texts texts = Texts.of(StatusWords.BUNDLE, locale);
        Stage stage = new Stage();
        stage.setTitle(texts.get("receipt.picture.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        ScrollPane pane = new ScrollPane();
        pane.setId("receipt-picture");
        if (picture.isPresent()) {
            ImageView image = new ImageView(new Image(picture.get().toUri().toString(), true));
            image.setId("receipt-picture-image");
            image.setPreserveRatio(true);
            image.setFitWidth(320);
            pane.setContent(image);
        } else {
            Label none = new Label(texts.get("receipt.picture.none"));
            none.setId("receipt-picture-none");
            none.setWrapText(true);
            none.setMaxWidth(320);
            pane.setContent(none);
        }
        stage.setScene(new Scene(pane, 360, 560));
        stage.show();
        return stage;
    }
}
