package till.print;

import java.util.List;

/**
 * What a printer puts on paper: a receipt or a report, laid out in the printer's lines by {@link ReceiptLayout}, so
 * that every printer (ESC/POS, a system print queue, the demo's folder) prints either the same way. Immutable.
 */
public sealed interface PaperDocument permits ReceiptDocument, ReportDocument {

    /** The document's lines and pictures for paper of the layout's columns. */
    List<ReceiptLayout.Block> blocks(ReceiptLayout layout);

    /** The shop's language as Odoo writes it ({@code fr_FR}), which chooses the printer's code page. */
    String language();

    /** Whether this is a second print marked as such. */
    boolean duplicate();

    /** A name for a file holding it, without extension: unique per document, the same for its copies. */
    String fileName();
}
