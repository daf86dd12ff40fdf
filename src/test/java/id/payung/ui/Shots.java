package id.payung.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;

/** Saves a scene as PNG into the folder the environment variable PAYUNG_SHOTS names, if any (to look at a layout). */
final class Shots {
    private Shots() {
    }

    static void save(FxRobot robot, Scene scene, String name) throws Exception {
        if (System.getenv("PAYUNG_SHOTS") == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader px = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", new File(System.getenv("PAYUNG_SHOTS"), name + ".png"));
    }
}
