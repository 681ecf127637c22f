package till.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The status area's catalog line while the products load in the background. */
class CatalogProgressViewModelTest {

    @Test
    void whileProductsLoadTheLineSaysHowManyOfHowMany() {
        CatalogProgressViewModel model = new CatalogProgressViewModel(Locale.US);

        model.show(20_000, 50_040, false);

        assertThat(model.text().get()).isEqualTo("Catalog: 20,000 of 50,040 products");
        assertThat(model.loading().get()).isTrue();
    }

    @Test
    void onceEveryProductIsThereTheLineGoes() {
        CatalogProgressViewModel model = new CatalogProgressViewModel(Locale.US);
        model.show(20_000, 50_040, false);

        model.show(50_040, 50_040, true);

        assertThat(model.loading().get()).isFalse();
        assertThat(model.text().get()).isEmpty();
    }
}
