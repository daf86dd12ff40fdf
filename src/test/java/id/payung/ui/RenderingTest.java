package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private final String before = System.getProperty(Rendering.REGION_CACHING);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Rendering.REGION_CACHING);
        } else {
            System.setProperty(Rendering.REGION_CACHING, before);
        }
    }

    @Test
    void turnsRegionCachingOffUnlessTheUserChose() {
        System.clearProperty(Rendering.REGION_CACHING);
        Rendering.configure();
        assertThat(System.getProperty(Rendering.REGION_CACHING)).isEqualTo("true");

        System.setProperty(Rendering.REGION_CACHING, "false");
        Rendering.configure();
        assertThat(System.getProperty(Rendering.REGION_CACHING)).isEqualTo("false");
    }
}
