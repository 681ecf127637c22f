package till.sell;

/**
 * A short text for the cashier's notice banner. Immutable. The sequence number makes two equal texts in a row two
 * distinct values, so the banner shows the second one too.
 */
public record Message(String text, boolean error, long sequence) {
}
