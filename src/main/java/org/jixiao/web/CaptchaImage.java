package org.jixiao.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a captcha question as a small PNG with java.awt (headless): tilted characters over noise
 * lines and dots. The same text and seed always draw the same image.
 */
public final class CaptchaImage {

    public static final int WIDTH = 150;
    public static final int HEIGHT = 44;

    private CaptchaImage() {
    }

    /** The image as a {@code data:} URI, which the page's Content-Security-Policy allows for images. */
    public static String dataUri(String text, long seed) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, seed));
    }

    public static byte[] png(String text, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(246, 244, 238));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(150 + random.nextInt(80), 150 + random.nextInt(80), 150 + random.nextInt(80)));
                g.setStroke(new BasicStroke(1 + random.nextFloat()));
                g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 24);
            int x = 8;
            for (char c : text.toCharArray()) {
                if (c == ' ') {
                    x += 5;
                    continue;
                }
                double angle = (random.nextDouble() - 0.5) * 0.5;
                g.setFont(font.deriveFont(AffineTransform.getRotateInstance(angle)));
                g.setColor(new Color(30 + random.nextInt(90), 30 + random.nextInt(60), 60 + random.nextInt(90)));
                g.drawString(String.valueOf(c), x, 30 + random.nextInt(6) - 3);
                x += g.getFontMetrics(font).charWidth(c) + 1;
            }
            for (int i = 0; i < 90; i++) {
                g.setColor(new Color(random.nextInt(255), random.nextInt(255), random.nextInt(255)));
                g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1, 1);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
