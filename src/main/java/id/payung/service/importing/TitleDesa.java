package id.payung.service.importing;

import id.payung.domain.Region;
import java.util.List;

/**
 * The desa/kelurahan a list's title rows name after the word "Desa" or "Kelurahan" ("DAFTAR PEKERJA RENTAN DESA PONG
 * LALE", "… KELURAHAN MATA AIR KECAMATAN REOK"): {@code text} the name as the title has it; {@code desa} the one village
 * of the office's region list it is (inside the title's kecamatan when the title names one), else null; then
 * {@code candidates} the villages of that name when there are several (never guessed: the clerk chooses).
 */
public record TitleDesa(String text, Region desa, List<Region> candidates) {
    public TitleDesa {
        candidates = List.copyOf(candidates);
    }

    /** Whether the title names one village: proposed for the rows that name none. */
    public boolean found() {
        return desa != null;
    }
}
