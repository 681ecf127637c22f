package till.status;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window with the picture of a receipt the demo printer made, so someone trying Till sees the receipt it
 * printed. The picture loads in the background. FX thread only.
 */
public final class ReceiptPictureWindow {

    private ReceiptPictureWindow() {
    }

    /** Opens the window over {@code owner} (may be null); {@code picture} empty: says no receipt printed yet. */
    public static Stage show(Window owner, Optional<Path> picture) {
        Stage stage = new Stage();
        stage.setTitle("Demo printer: the last receipt");
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
            pane.setContent(new Label("No receipt printed yet: sell something and press Validate."));
        }
        stage.setScene(new Scene(pane, 360, 560));
        stage.show();
        return stage;
    }
}
