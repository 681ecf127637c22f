package till.status;

import javafx.scene.control.Label;

/** The status area's catalog line, shown while products load ({@link CatalogProgressViewModel}). FX thread only. */
public final class CatalogProgressView extends Label {

    public CatalogProgressView(CatalogProgressViewModel model) {
        setId("catalog-progress");
        getStyleClass().add("catalog-progress");
        textProperty().bind(model.text());
        visibleProperty().bind(model.loading());
        managedProperty().bind(model.loading());
    }
}
