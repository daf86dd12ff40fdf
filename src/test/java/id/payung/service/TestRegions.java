package id.payung.service;

import id.payung.service.facade.PayungServices;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Manggarai's 171 desa and kelurahan for tests, from {@code src/test/resources/regions/wilayah-5310.csv} (the
 * Kepmendagri list in the five-column shape {@code regions import} reads). Loading is idempotent: it works on a
 * new database whether or not that database already seeds the desa itself.
 */
public final class TestRegions {
    private TestRegions() {
    }

    /** Loads the desa and kelurahan of Kabupaten Manggarai into the database behind {@code services}. */
    public static void loadManggarai(PayungServices services, Path dir) {
        services.regionImport().importCsv(resource("regions/wilayah-5310.csv", dir));
    }

    /** Copies a test resource into {@code dir} (the import reads files) and returns the copy. */
    public static Path resource(String name, Path dir) {
        Path target = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = TestRegions.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
