package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.PaymentMethod;
import till.catalog.ShopSettings;
import till.catalog.Tax;
import till.testsupport.TranscriptCatalogs;

/** The catalog and POS context mapped from what the real 17 and 18 servers answered to the one-call POS load. */
class OneCallCatalogTest {

    @Test
    void seventeensLoadPosDataBecomesTheCatalog() throws Exception {
        TranscriptCatalogs.Loaded loaded = TranscriptCatalogs.load(17);
        Catalog catalog = loaded.snapshot().catalog();

        assertThat(loaded.client().lastArgs("pos.session", "load_pos_data").toString()).isEqualTo("[[3]]");
        ShopSettings settings = catalog.settings();
        assertThat(settings.configName()).isEqualTo("Shop");
        assertThat(settings.companyName()).isEqualTo("My Company (San Francisco)");
        assertThat(settings.sessionId()).isEqualTo(3);
        assertThat(settings.loginNumber()).isEqualTo(1);
        assertThat(settings.taxRounding()).isEqualTo(ShopSettings.TaxRounding.ROUND_PER_LINE);
        assertThat(settings.currency().name()).isEqualTo("USD");
        assertThat(settings.currency().symbolBefore()).isTrue();
        assertThat(settings.currency().decimalPlaces()).isEqualTo(2);
        assertThat(settings.companyPhone()).as("the receipt's company data").isNotEmpty();
        assertThat(settings.companyEmail()).isEqualTo("info@yourcompany.com");
        assertThat(settings.companyAddress()).isEqualTo("My Company (San Francisco)");
        assertThat(catalog.product(49).orElseThrow().listPrice()).isEqualByComparingTo("1.20");
        assertThat(catalog.product(49).orElseThrow().taxIds()).containsExactly(1L);
        assertThat(catalog.product(49).orElseThrow().categoryId()).isEqualTo(1L);
        assertThat(catalog.categories()).extracting(c -> c.name()).containsExactlyInAnyOrder("Chairs", "Desks",
                "Misc");
        assertThat(catalog.paymentMethods()).extracting(PaymentMethod::id).containsExactly(1L, 2L, 3L);
        assertThat(catalog.paymentMethod(1).orElseThrow().cash()).isTrue();
        Tax tax = catalog.taxesById().get(1L);
        assertThat(tax.amount()).isEqualByComparingTo("15");
        assertThat(tax.amountType()).isEqualTo(Tax.AmountType.PERCENT);
        assertThat(tax.priceInclude()).isFalse();
        assertThat(catalog.customers()).anySatisfy(c -> assertThat(c.address()).contains("Fremont"));
        PosContext context = loaded.snapshot().context();
        assertThat(context.profile()).isEqualTo(VersionProfile.V17);
        assertThat(context.pricelistId()).isNull();
        assertThat(context.busChannel()).isEqualTo("pos_session-3-6d3b9b9325c25bc6f2a96074e3a4eb0a");
        assertThat(context.websocketVersion()).isEqualTo("17.0-1");
    }

    @Test
    void eighteensLoadDataBecomesTheCatalogWithoutTipsCombosAndOtherShopsPaymentMethods() throws Exception {
        TranscriptCatalogs.Loaded loaded = TranscriptCatalogs.load(18);
        Catalog catalog = loaded.snapshot().catalog();

        assertThat(loaded.client().lastArgs("pos.session", "load_data").toString()).isEqualTo("[3,[]]");
        assertThat(catalog.settings().configName()).isEqualTo("Furniture Shop");
        assertThat(catalog.settings().sessionId()).isEqualTo(3);
        assertThat(catalog.settings().companyWebsite()).isEqualTo("http://www.example.com");
        assertThat(catalog.product(53).orElseThrow().taxIds()).containsExactly(1L);
        assertThat(catalog.product(46).orElseThrow().taxIds()).isEmpty();
        assertThat(catalog.product(46).orElseThrow().barcode()).isEqualTo("2100002000003");
        assertThat(catalog.product(45)).as("the tip product (a special product)").isEmpty();
        assertThat(catalog.product(43)).as("a combo").isEmpty();
        assertThat(catalog.products()).hasSize(39);
        assertThat(catalog.paymentMethods()).extracting(PaymentMethod::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(catalog.taxesById().get(1L).sequence()).isEqualTo(1);
        assertThat(catalog.customers()).hasSize(39);
        PosContext context = loaded.snapshot().context();
        assertThat(context.profile()).isEqualTo(VersionProfile.V18);
        assertThat(context.busChannel()).isEqualTo("c18bd152e66d4d71");
        assertThat(context.websocketVersion()).isEqualTo("18.0-3");
    }
}
