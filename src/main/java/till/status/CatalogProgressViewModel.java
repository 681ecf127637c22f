package till.status;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import till.i18n.Texts;

/**
 * The status area's catalog line while products load in the background: "Catalog: 20,000 of 50,040 products", gone
 * once every product is there. The cashier can sell meanwhile; the line says why a product may not show yet. FX
 * thread only.
 */
public final class CatalogProgressViewModel {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final Texts texts;

    /** @param locale the till's language: the words and the numbers' grouping */
    public CatalogProgressViewModel(Locale locale) {
        this.texts = Texts.of(StatusWords.BUNDLE, locale);
    }

    /** A step of the load: {@code loaded} of {@code total} products; {@code done} hides the line. */
    public void show(int loaded, int total, boolean done) {
        loading.set(!done);
        text.set(done ? "" : texts.get("catalog.progress", loaded, total));
    }

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /** Whether products are still loading (the line shows only then). */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }
}
