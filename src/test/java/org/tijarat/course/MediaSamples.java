package org.tijarat.course;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small, real files of each accepted kind (and broken ones), made in memory for tests. */
public final class MediaSamples {

    private MediaSamples() {
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    /** A PNG no other test has made: files are stored by content, so equal bytes are one file. */
    public static byte[] uniquePng() {
        BufferedImage image = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random();
        for (int x = 0; x < 32; x++) {
            image.setRGB(x, 0, random.nextInt());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return image("jpg", width, height);
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b6e4f));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An MP4 whose boxes tile the file: ftyp, moov (with a movie header) and mdat. */
    public static byte[] mp4(int mediaBytes) {
        ByteBuffer buffer = ByteBuffer.allocate(24 + 8 + 108 + 8 + mediaBytes);
        buffer.putInt(24).put(ascii("ftyp")).put(ascii("isom")).putInt(512).put(ascii("isom")).put(ascii("mp41"));
        buffer.putInt(8 + 108).put(ascii("moov"));
        buffer.putInt(108).put(ascii("mvhd"));
        buffer.put(new byte[100]);
        buffer.putInt(8 + mediaBytes).put(ascii("mdat"));
        for (int i = 0; i < mediaBytes; i++) {
            buffer.put((byte) (i * 31));
        }
        return buffer.array();
    }

    public static byte[] webVtt() {
        return "WEBVTT\n\n00:00.000 --> 00:02.000\nخوش آمدید\n\n00:02.000 --> 00:04.000\nWelcome\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] truncated(byte[] whole, int keep) {
        byte[] part = new byte[keep];
        System.arraycopy(whole, 0, part, 0, keep);
        return part;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
