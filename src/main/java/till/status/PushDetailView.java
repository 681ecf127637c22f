package till.status;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import till.i18n.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The longpolling detail panel over the selling screen, kept up to date while open: what the look means, once; when
 * red or orange, first that the cashier keeps selling and the orders are safe; then, behind "Details" (closed each
 * time the panel opens), since when, why and what the admin does (decision 0244). Sized to its content. FX thread
 * only.
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
        Label reassurance = new Label();
        reassurance.setId("push-keep-selling");
        reassurance.getStyleClass().add("push-keep-selling");
        reassurance.setWrapText(true);
        reassurance.textProperty().bind(model.reassurance());
        reassurance.visibleProperty().bind(model.reassurance().isNotEmpty());
        reassurance.managedProperty().bind(reassurance.visibleProperty());
        Label explanation = new Label();
        explanation.setId("push-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.details());
        TitledPane details = new TitledPane(texts.get("push.details"), explanation);
        details.setId("push-details");
        details.setExpanded(false);
        details.setAnimated(false);
        model.detailOpen().addListener((obs, was, open) -> details.setExpanded(false));

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

        headline.setWrapText(true);
        VBox card = new VBox(title, headline, reassurance, details, actions);
        card.getStyleClass().addAll("overlay-card", "push-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
    }
}
