package till.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Renders a {@link ReceiptDocument} as a picture of the printed receipt, dot for dot at the printer's 203 dpi: the
 * same {@link ReceiptLayout} lines in a monospaced font sized to the paper's columns, the same dithered logo, the
 * barcode's bars. For shops without a printer, the simulated printer and the support bundle. Needs no display
 * (headless AWT). Stateless.
 */
public final class ReceiptImage {

    private static final int MARGIN = 16;
    private static final int MODULE = 2;
    private static final int BAR_HEIGHT = 64;

    private ReceiptImage() {
    }

    public static BufferedImage render(PaperDocument receipt, PaperWidth width) {
        List<ReceiptLayout.Block> blocks = receipt.blocks(new ReceiptLayout(width.columns()));
        Font font = fontFor(width);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        FontMetrics metrics = probe.createGraphics().getFontMetrics(font);
        // Decoded once: a logo that cannot be read is reported once and left out.
        Optional<Bitmap> logo = blocks.stream().filter(ReceiptLayout.Logo.class::isInstance).findFirst()
                .flatMap(b -> Bitmap.logo(((ReceiptLayout.Logo) b).base64(), width.dots()));
        int height = MARGIN * 2;
        for (ReceiptLayout.Block block : blocks) {
            height += heightOf(block, metrics, logo);
        }
        BufferedImage image = new BufferedImage(width.dots(), height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width.dots(), height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (ReceiptLayout.Block block : blocks) {
                draw(g, block, y, new Pen(font, metrics, width, logo));
                y += heightOf(block, metrics, logo);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The receipt as PNG bytes. */
    public static byte[] png(PaperDocument receipt, PaperWidth width) {
        return png(render(receipt, width));
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PNG in memory", e);
        }
        return out.toByteArray();
    }

    /** The largest monospaced font whose {@code columns} characters fit the paper's dots. */
    private static Font fontFor(PaperWidth width) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = probe.createGraphics();
        try {
            for (int size = 24; size > 6; size--) {
                Font font = new Font(Font.MONOSPACED, Font.PLAIN, size);
                if (g.getFontMetrics(font).charWidth('M') * width.columns() <= width.dots()) {
                    return font;
                }
            }
            return new Font(Font.MONOSPACED, Font.PLAIN, 6);
        } finally {
            g.dispose();
        }
    }

    /** What drawing needs besides the block: the font, its metrics, the paper and the decoded logo. */
    private record Pen(Font font, FontMetrics metrics, PaperWidth width, Optional<Bitmap> logo) {
    }

    private static int heightOf(ReceiptLayout.Block block, FontMetrics metrics, Optional<Bitmap> logo) {
        if (block instanceof ReceiptLayout.Text text) {
            return metrics.getHeight() * (text.tall() ? 2 : 1);
        }
        if (block instanceof ReceiptLayout.Logo) {
            return logo.map(b -> b.height() + MARGIN / 2).orElse(0);
        }
        return BAR_HEIGHT + metrics.getHeight() + MARGIN / 2;
    }

    private static void draw(Graphics2D g, ReceiptLayout.Block block, int y, Pen pen) {
        PaperWidth width = pen.width();
        if (block instanceof ReceiptLayout.Text text) {
            int left = (width.dots() - pen.metrics().charWidth('M') * width.columns()) / 2;
            Font styled = pen.font().deriveFont(text.bold() ? Font.BOLD : Font.PLAIN);
            if (text.tall()) {
                styled = styled.deriveFont(AffineTransform.getScaleInstance(1, 2));
            }
            g.setFont(styled);
            g.drawString(text.text(), left, y + pen.metrics().getAscent() * (text.tall() ? 2 : 1));
        } else if (block instanceof ReceiptLayout.Logo) {
            pen.logo().ifPresent(bitmap -> drawBitmap(g, bitmap, (width.dots() - bitmap.width()) / 2, y));
        } else if (block instanceof ReceiptLayout.Barcode barcode) {
            drawBarcode(g, barcode.data(), y, pen);
        }
    }

    private static void drawBitmap(Graphics2D g, Bitmap bitmap, int x0, int y0) {
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = 0; x < bitmap.width(); x++) {
                if (bitmap.black(x, y)) {
                    g.fillRect(x0 + x, y0 + y, 1, 1);
                }
            }
        }
    }

    private static void drawBarcode(Graphics2D g, String data, int y, Pen pen) {
        PaperWidth width = pen.width();
        FontMetrics metrics = pen.metrics();
        List<Integer> widths = Code128.widths(data);
        int modules = widths.stream().mapToInt(Integer::intValue).sum();
        int x = (width.dots() - modules * MODULE) / 2;
        for (int i = 0; i < widths.size(); i++) {
            int w = widths.get(i) * MODULE;
            if (i % 2 == 0) {
                g.fillRect(x, y, w, BAR_HEIGHT);
            }
            x += w;
        }
        g.setFont(pen.font());
        g.drawString(data, (width.dots() - metrics.stringWidth(data)) / 2, y + BAR_HEIGHT + metrics.getAscent());
    }
}
