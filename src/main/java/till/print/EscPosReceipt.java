package till.print;

/**
 * Renders a {@link ReceiptDocument} (or a {@link ReportDocument}) as the bytes an ESC/POS printer prints: initialise, select the code table,
 * the drawer kick first when asked (so the drawer opens while the receipt prints), the logo, the lines of the
 * {@link ReceiptLayout}, the barcode, a feed and a partial cut. Stateless.
 */
public final class EscPosReceipt {

    private EscPosReceipt() {
    }

    /**
     * @param codePage the printer's code table for the shop's language ({@link CodePage#forLanguage})
     * @param kick     whether to open the cash drawer (a cash payment)
     */
    public static byte[] render(PaperDocument receipt, PaperWidth width, CodePage codePage, boolean kick) {
        EscPos out = new EscPos(codePage).initialize();
        if (kick) {
            out.kickDrawer();
        }
        for (ReceiptLayout.Block block : receipt.blocks(new ReceiptLayout(width.columns(), codePage::printable))) {
            if (block instanceof ReceiptLayout.Text text) {
                out.line(text.text(), text.bold(), text.tall());
            } else if (block instanceof ReceiptLayout.Logo logo) {
                Bitmap.logo(logo.base64(), width.dots()).ifPresent(bitmap ->
                        out.align(1).raster(bitmap.bits(), bitmap.widthBytes(), bitmap.height()).align(0));
            } else if (block instanceof ReceiptLayout.Barcode barcode) {
                out.align(1).code128(barcode.data()).align(0);
            }
        }
        return out.feed(4).cut().toBytes();
    }

    /** Only the drawer kick: the manager's "open the drawer". */
    public static byte[] drawerKick() {
        return new EscPos(CodePage.CP437).initialize().kickDrawer().toBytes();
    }
}
