package till.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A black-and-white image as a thermal printer prints it: one bit per dot, rows padded to whole bytes, most
 * significant bit leftmost, 1 = black (the layout of ESC/POS {@code GS v 0}). The logo is dithered once into this
 * form, and the printer and the PNG both print these dots. Immutable.
 */
public record Bitmap(int width, int height, byte[] bits) {

    private static final Logger LOG = LoggerFactory.getLogger(Bitmap.class);

    /** The tallest logo printed, in dots (about 2.5 cm): a larger one is scaled down. */
    static final int MAX_LOGO_HEIGHT = 200;

    public int widthBytes() {
        return (width + 7) / 8;
    }

    public boolean black(int x, int y) {
        return (bits[y * widthBytes() + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /**
     * The logo of a receipt (a base64 PNG or JPEG) scaled down to fit {@code maxWidth} dots and dithered
     * (Floyd-Steinberg); empty, with a warning, when it is not an image Java can read: a receipt never fails for
     * its logo.
     */
    public static Optional<Bitmap> logo(String base64, int maxWidth) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
            if (image == null) {
                LOG.warn("the receipt logo is not an image this till can read; receipts print without it");
                return Optional.empty();
            }
            return Optional.of(dither(scaled(image, maxWidth)));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("the receipt logo cannot be read ({}); receipts print without it", e.getMessage());
            return Optional.empty();
        }
    }

    /** The image on white (transparent parts print as paper), no larger than the paper and the height limit. */
    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        double scale = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(),
                (double) MAX_LOGO_HEIGHT / image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** Floyd-Steinberg error diffusion: greys become a pattern of dots of the same darkness. */
    static Bitmap dither(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        float[] level = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                level[y * w + x] = grey.getRaster().getSample(x, y, 0);
            }
        }
        int widthBytes = (w + 7) / 8;
        byte[] bits = new byte[widthBytes * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float old = level[y * w + x];
                boolean black = old < 128;
                if (black) {
                    bits[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
                float error = old - (black ? 0 : 255);
                spread(level, w, h, x + 1, y, error * 7 / 16);
                spread(level, w, h, x - 1, y + 1, error * 3 / 16);
                spread(level, w, h, x, y + 1, error * 5 / 16);
                spread(level, w, h, x + 1, y + 1, error / 16);
            }
        }
        return new Bitmap(w, h, bits);
    }

    private static void spread(float[] level, int w, int h, int x, int y, float error) {
        if (x >= 0 && x < w && y < h) {
            level[y * w + x] += error;
        }
    }
}
