package till.print;

import java.util.Optional;

/**
 * What one print job asks of a printer: a receipt, the cash drawer's kick, or both. Immutable.
 *
 * @param receipt empty for the drawer kick alone
 * @param kick    whether to open the cash drawer hanging on the printer
 */
public record PrintWork(Optional<ReceiptDocument> receipt, boolean kick) {

    public static PrintWork receipt(ReceiptDocument receipt, boolean kick) {
        return new PrintWork(Optional.of(receipt), kick);
    }

    public static PrintWork drawerKick() {
        return new PrintWork(Optional.empty(), true);
    }
}
