package till.status;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import till.i18n.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The longpolling detail panel over the selling screen: what the look means, since when, why, and what to do, kept
 * up to date while open. FX thread only.
 */
final class PushDetailView extends StackPane {

    PushDetailView(PushViewModel model, Texts texts) {
        setId("push-detail");
        getStyleClass().add("overlay");
        visibleProperty().bind(model.detailOpen());

        Label title = new Label(texts.get("push.title"));
        title.getStyleClass().add("section-title");
        Label headline = new Label();
        headline.setId("push-headline");
        headline.getStyleClass().add("push-headline");
        headline.textProperty().bind(model.headline());
        Label explanation = new Label();
        explanation.setId("push-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanation());

        Button reconnect = new Button(texts.get("push.reconnect"), new FontIcon("mdi2s-sync"));
        reconnect.setId("push-reconnect");
        reconnect.setOnAction(e -> model.click());
        Button close = new Button(texts.get("panel.close"), new FontIcon("mdi2c-close"));
        close.setId("push-close");
        close.setOnAction(e -> model.closeDetail());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(reconnect, spacer, close);
        actions.getStyleClass().add("action-bar");

        VBox card = new VBox(title, headline, explanation, actions);
        card.getStyleClass().addAll("overlay-card", "push-card");
        card.setMaxSize(560, 320);
        getChildren().add(card);
    }
}
