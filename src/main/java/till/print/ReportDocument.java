package till.print;

import java.util.List;

/**
 * A report printed on the receipt printer, such as the Z report at a session's close: its lines already written in
 * the shop's language, the first one its title. Lines are kept as written; {@link ReceiptLayout} fits the ones too
 * wide for the paper. Immutable.
 *
 * @param name  names its file on the demo printer ({@code z-report-42}); the same for a copy
 * @param lines the title first, then the body
 * @param mark  "DUPLICATE" (in the shop's language) on a copy; empty on the original
 */
public record ReportDocument(String name, List<String> lines, String language, String mark)
        implements PaperDocument {

    public ReportDocument {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least its title");
        }
        lines = List.copyOf(lines);
    }

    /** The same report marked as a copy with {@code word}. */
    public ReportDocument marked(String word) {
        return new ReportDocument(name, lines, language, word);
    }

    @Override
    public List<ReceiptLayout.Block> blocks(ReceiptLayout layout) {
        return layout.blocks(this);
    }

    @Override
    public boolean duplicate() {
        return !mark.isEmpty();
    }

    @Override
    public String fileName() {
        return name;
    }
}
