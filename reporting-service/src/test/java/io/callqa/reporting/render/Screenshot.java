package io.callqa.reporting.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

/** A PNG taken by {@link Chromium}, read with ImageIO, with what a test needs to tell a drawn page from a blank. */
public record Screenshot(Path file, long bytes, BufferedImage image) {

    static Screenshot of(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                throw new IllegalStateException(png + " is not an image");
            }
            return new Screenshot(png, Files.size(png), image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many different RGB colours the image holds (a blank page has one). */
    public int distinctColours() {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    /** How many pixels are within {@code tolerance} (per channel) of the colour {@code 0xRRGGBB}. */
    public int pixelsNear(int rgb, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (near(p >> 16, rgb >> 16, tolerance) && near(p >> 8, rgb >> 8, tolerance)
                        && near(p, rgb, tolerance)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int a, int b, int tolerance) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= tolerance;
    }
}
