package org.tijarat.certification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.tijarat.platform.BusinessException;

/** Checks an uploaded logo or signature: a PNG or JPEG file, at most 1 MB and 4,000 pixels a side. */
public final class TemplateImages {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_SIDE = 4000;

    private TemplateImages() {
    }

    public static void check(byte[] image) {
        if (image.length > MAX_BYTES) {
            throw BusinessException.at("image", "certificate_template.image_too_large");
        }
        boolean png = image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
        boolean jpeg = image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff;
        if (!png && !jpeg) {
            throw BusinessException.at("image", "certificate_template.image_type");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw BusinessException.at("image", "certificate_template.image_type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw BusinessException.at("image", "certificate_template.image_too_large");
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw BusinessException.at("image", "certificate_template.image_type");
        }
    }
}
