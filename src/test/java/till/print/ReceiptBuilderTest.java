package till.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import till.catalog.Catalog;
import till.catalog.Currency;
import till.catalog.DemoCatalog;
import till.order.PaidOrder;
import till.sell.MoneyFormat;

/** The receipt model: what the web POS receipt carries, from the order as it was paid. */
class ReceiptBuilderTest {

    @Test
    void theReceiptCarriesTheCompanyTheConfigurationTheCashierTheLinesTaxesPaymentsAndChange() {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(42, true), "en_US", false);

        assertThat(receipt.shop().name()).isEqualTo("Caf\u00e9 du Parc");
        assertThat(receipt.shop().details()).containsExactly("Rue du Parc 1", "1000 Bruxelles",
                "Tel: +32 2 555 01 23", "Tax ID: BE0123456789", "info@parc.example", "parc.example");
        assertThat(receipt.shop().header()).containsExactly("Welcome!", "Open every day");
        assertThat(receipt.items()).containsExactly(
                new ReceiptDocument.Item("Coffee", "2 \u00d7 2.50 \u20ac", "", "5.00 \u20ac"),
                new ReceiptDocument.Item("Croissant", "1 \u00d7 1.80 \u20ac", "Discount 10 %", "1.62 \u20ac"));
        assertThat(receipt.taxes()).containsExactly(new ReceiptDocument.Amount("VAT 6%", "0.37 \u20ac"));
        assertThat(receipt.total()).isEqualTo(new ReceiptDocument.Amount("TOTAL", "6.62 \u20ac"));
        assertThat(receipt.payments()).containsExactly(new ReceiptDocument.Amount("Cash", "10.00 \u20ac"));
        assertThat(receipt.change()).isEqualTo(new ReceiptDocument.Amount("CHANGE", "3.38 \u20ac"));
        assertThat(receipt.notes()).containsExactly("Served by Marie", "Customer: Ann Peeters");
        assertThat(receipt.reference()).isEqualTo("Order 00007-001-0042");
        assertThat(receipt.barcode()).isEqualTo("00007-001-0042");
        assertThat(receipt.paidAt()).as("as US English writes it").isEqualTo("Dec 3, 2026, 10:41:07 AM");
        assertThat(receipt.footer()).containsExactly("Merci et \u00e0 bient\u00f4t");
        assertThat(receipt.duplicate()).isFalse();
    }

    @Test
    void theAmountsAreTheOnesTheOrderWasPaidWithNotComputedAgain() {
        // Totals a recomputation would not give (2 × 2.50 is 5.00; the order was paid with 4.99): as committed.
        PaidOrder paid = ReceiptFixtures.order(1, false);
        PaidOrder odd = new PaidOrder(paid.identity(), paid.createdAt(), paid.paidAt(), null, paid.lines(),
                paid.payments(), new till.order.OrderTotals(List.of(
                        new till.order.OrderTotals.LineTotals(1, new BigDecimal("4.70"), new BigDecimal("4.99"))),
                        List.of(), new BigDecimal("4.70"), new BigDecimal("0.29"), new BigDecimal("4.99")),
                new BigDecimal("4.99"), BigDecimal.ZERO);

        ReceiptDocument receipt = ReceiptFixtures.receipt(odd, "", false);

        assertThat(receipt.items().get(0).total()).isEqualTo("4.99 \u20ac");
        assertThat(receipt.items().get(1).total()).as("a line without totals").isEqualTo("0.00 \u20ac");
        assertThat(receipt.total().amount()).isEqualTo("4.99 \u20ac");
        assertThat(receipt.notes()).containsExactly("Served by Marie");
    }

    @Test
    void aReprintIsMarkedDuplicateInTheShopsLanguageWithItsWords() {
        ReceiptDocument receipt = ReceiptFixtures.receipt(ReceiptFixtures.order(42, true), "fr_BE", true);

        assertThat(receipt.mark()).isEqualTo("DUPLICATA");
        assertThat(receipt.change().label()).isEqualTo("MONNAIE RENDUE");
        assertThat(receipt.notes()).contains("Servi par Marie");
        assertThat(receipt.shop().details()).contains("N\u00b0 TVA: BE0123456789");
    }

    @Test
    void theCountrysOwnNameForTheTaxIdWinsOverTheDefault() {
        Catalog catalog = ReceiptFixtures.catalog("de_DE", ReceiptFixtures.EUR);
        Catalog withLabel = new Catalog(catalog.settings().withCompany("", "", "", "", "DE123", "Steuernummer", ""),
                catalog.categories(), catalog.products(), catalog.taxes(), catalog.paymentMethods(),
                catalog.customers());

        ReceiptDocument receipt = new ReceiptBuilder(ReceiptFixtures.ZONE).build(ReceiptFixtures.order(1, true),
                withLabel, false);

        assertThat(receipt.shop().details()).containsExactly("Steuernummer: DE123");
        assertThat(receipt.total().label()).isEqualTo("SUMME");
    }

    @Test
    void amountsAreWrittenExactlyAsTheSellingScreenWritesThem() {
        List<Currency> currencies = List.of(ReceiptFixtures.EUR, ReceiptFixtures.USD,
                new Currency(3, "JPY", "\u00a5", BigDecimal.ONE, 0, true),
                new Currency(4, "CHF", "CHF", new BigDecimal("0.05"), 2, false),
                new Currency(5, "KWD", "KD", new BigDecimal("0.001"), 3, false));
        List<String> amounts = List.of("0", "12.5", "12.345", "-3.335", "1234567.891", "0.005", "2.53");
        for (Currency currency : currencies) {
            for (String amount : amounts) {
                BigDecimal value = new BigDecimal(amount);
                assertThat(new Amounts(currency).format(value)).as("%s in %s", amount, currency.name())
                        .isEqualTo(new MoneyFormat(currency).format(value));
            }
        }
        for (String qty : List.of("2", "0.500", "1.25", "0")) {
            assertThat(Amounts.quantity(new BigDecimal(qty))).isEqualTo(MoneyFormat.quantity(new BigDecimal(qty)));
        }
    }

    @Test
    void theDemoShopsSettingsReadWithoutTheNewFieldsHaveThemEmpty() {
        Catalog demo = DemoCatalog.load();

        assertThat(demo.settings().companyAddress()).isEmpty();
        assertThat(demo.settings().logo()).isEmpty();
        assertThat(demo.settings().language()).isEmpty();
        assertThat(demo.settings().cashier()).isEmpty();
        assertThat(demo.settings().companyName()).isEqualTo("Till Demo Company");
    }

    @Test
    void anOrderPaidPartlyInCashOpensTheDrawerAndOnePaidByCardDoesNot() {
        assertThat(ReceiptBuilder.paidInCash(ReceiptFixtures.order(1, true))).isTrue();
        assertThat(ReceiptBuilder.paidInCash(ReceiptFixtures.order(1, false))).isFalse();
    }
}
