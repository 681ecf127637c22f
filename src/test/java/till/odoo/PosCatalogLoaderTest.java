package till.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import till.catalog.Catalog;
import till.catalog.ShopSettings;
import till.catalog.Tax;
import till.testsupport.FakeOdooClient;
import till.testsupport.Transcripts;

/** The catalog mapped from the records the real 14 and 15 servers returned (transcripts 2xx). */
class PosCatalogLoaderTest {

    private static PosSnapshot load(String version, VersionProfile profile) throws OdooException {
        FakeOdooClient client = new FakeOdooClient(new ServerVersion(profile.major(), profile.major() + ".0"));
        String[][] files = {{"pos.config", "241-load-pos-config-all-fields"}, {"res.company", "210-load-res-company"},
            {"res.currency", "215-load-res-currency"}, {"pos.category", "250-load-pos-category"},
            {"product.product", "256-load-product-product-order-products"}, {"account.tax", "235-load-account-tax"},
            {"pos.payment.method", "260-load-pos-payment-method"}, {"res.partner", "230-load-res-partner"}};
        for (String[] file : files) {
            client.withRecords(file[0], Transcripts.read(version, file[1]).at("/response/body/result"));
        }
        PosSession session = PosSessions.parse(Transcripts.read(version, "200-load-pos-session")
                .at("/response/body/result/0"));
        Login login = new Login("posdb", 2, 1, "Mitchell Admin", JsonRpcClient.MAPPER.createObjectNode().put("lang",
                "fr_BE"),
                new ServerVersion(profile.major(), profile.major() + ".0"), "");
        return new PosCatalogLoader(client, profile, login).load(1, session, 1);
    }

    @ParameterizedTest
    @CsvSource({"v14, V14", "v15, V15"})
    void theRecordedRecordsBecomeTheCatalog(String version, VersionProfile profile) throws Exception {
        Catalog catalog = load(version, profile).catalog();

        ShopSettings settings = catalog.settings();
        assertThat(settings.configName()).isEqualTo("Shop");
        assertThat(settings.companyName()).isEqualTo("My Company (San Francisco)");
        assertThat(settings.sessionId()).isEqualTo(2);
        assertThat(settings.taxRounding()).isEqualTo(ShopSettings.TaxRounding.ROUND_PER_LINE);
        assertThat(settings.currency().symbolBefore()).isTrue();
        assertThat(settings.demo()).isFalse();
        assertThat(catalog.product(6).orElseThrow().listPrice()).isEqualByComparingTo("40");
        assertThat(catalog.product(6).orElseThrow().taxIds()).containsExactly(1L);
        assertThat(catalog.paymentMethod(1).orElseThrow().cash()).isTrue();
        Tax tax = catalog.taxesById().get(1L);
        assertThat(tax.amountType()).isEqualTo(Tax.AmountType.PERCENT);
        assertThat(tax.baseAffected()).isTrue();
        assertThat(catalog.customers()).anySatisfy(c -> assertThat(c.address()).contains("Fremont"));
    }

    @ParameterizedTest
    @CsvSource({"v14, V14", "v15, V15"})
    void theReceiptDataComesFromTheCompanyAndTheUser(String version, VersionProfile profile) throws Exception {
        ShopSettings settings = load(version, profile).catalog().settings();

        assertThat(settings.companyAddress()).isEqualTo("My Company (San Francisco)");
        assertThat(settings.companyPhone()).isEqualTo("+1 (650) 555-0111");
        assertThat(settings.companyEmail()).isEqualTo("info@yourcompany.com");
        assertThat(settings.companyWebsite()).isEqualTo("http://www.example.com");
        assertThat(settings.companyVat()).as("false in the recorded company").isEmpty();
        assertThat(settings.language()).isEqualTo("fr_BE");
        assertThat(settings.cashier()).isEqualTo("Mitchell Admin");
    }

    @ParameterizedTest
    @CsvSource({"v14, V14, PT1M, PT10S", "v15, V15, , "})
    void theLongpollingTimeoutsComeFromTheConfigWhereTheModuleIsInstalled(String version, VersionProfile profile,
            Duration silence, Duration pong) throws Exception {
        PosContext context = load(version, profile).context();

        assertThat(context.longpollingMaxSilence()).isEqualTo(Optional.ofNullable(silence));
        assertThat(context.longpollingPongTimeout()).isEqualTo(Optional.ofNullable(pong));
        assertThat(context.pricelistId()).isEqualTo(1L);
        assertThat(context.userId()).isEqualTo(2);
    }
}
