package id.payung.service.importing;

import id.payung.domain.Region;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a list's title rows propose for the rows that name no kecamatan or desa/kelurahan ("DAFTAR PEKERJA RENTAN DESA
 * PONG LALE KECAMATAN RUTENG", "… KELURAHAN MATA AIR KECAMATAN REOK"), and why a name the title gives is not taken:
 * the one rule the import window proposes by and {@code payung import} takes by ({@link ImportService#titleRegion}).
 * The callers only present it.
 *
 * <ul>
 *   <li>The kecamatan: the one the titles name ({@link ImportService.Preview#titleKecamatan}) where the caller asks
 *       for one, unless rows name desa of another kecamatan (a dry run with it finds
 *       {@code IMPORT_DESA_OTHER_KECAMATAN}): then the title is no rule for the rows, not taken
 *       ({@code kecamatanNotForRows}) and each row takes its kecamatan from its desa.</li>
 *   <li>The desa/kelurahan: the one village the titles name ({@link ImportService.Preview#titleDesa}) where the caller
 *       asks for one and the list has no Desa column; inside the kecamatan the rows are checked with (the title's, or
 *       the one the clerk chose: a village of another kecamatan is not taken); never a name several villages share.
 *       A title's kecamatan the rows contradict leaves its desa taken (found inside it before the rows were
 *       weighed).</li>
 * </ul>
 *
 * @param kecamatan           the kecamatan taken from the title; null when none is (none named, not asked, or
 *                            {@code kecamatanNotForRows})
 * @param kecamatanNotForRows the kecamatan the title names that rows' desa contradict (not taken, to be said); else null
 * @param desa                the desa/kelurahan taken from the title; null when none is ({@code desaNotTaken} says why
 *                            when the title names one)
 * @param titleDesa           what the title says of the desa (the text as written, the villages of a shared name); null
 *                            when it names none or none was asked for
 * @param desaNotTaken        why the desa the title names is not taken; null when taken, or none named or asked for
 * @param options             the caller's options with what is taken: the kecamatan where asked for (the title's, or
 *                            none), the desa where asked for (the title's, or none)
 * @param report              the dry run of {@code options} when the rule needed one to weigh the title's kecamatan
 *                            against the rows and the kecamatan stands: the check of the file as proposed; null when
 *                            no dry run was needed, or it was made with a kecamatan not taken (check {@code options})
 * @param problem             what the file as a whole lacks (a funder, a period) as that dry run refused it, the
 *                            kecamatan then taken unweighed; else null
 */
public record TitleRegion(Region kecamatan, Region kecamatanNotForRows, Region desa, TitleDesa titleDesa,
                          DesaNotTaken desaNotTaken, ImportOptions options, ImportService.Report report,
                          ImportFileException problem) {

    /** Why the desa/kelurahan a title names is not taken. */
    public enum DesaNotTaken {
        /** Several villages share the name ({@link TitleDesa#candidates}): never guessed, the clerk says which. */
        SHARED_NAME,
        /** The village lies in another kecamatan than the one chosen for the file (the clerk's, {@code --kecamatan}). */
        OTHER_KECAMATAN,
        /** The list has a Desa column: each row names its own. */
        DESA_COLUMN
    }

    /** The code of the one problem that says a row's desa lies in another kecamatan than the one given. */
    static final String OTHER_KECAMATAN_CODE = "IMPORT_DESA_OTHER_KECAMATAN";

    /**
     * The rule ({@link ImportService#titleRegion} documents the arguments). {@code regions} (the office's) are read only
     * when a title desa must be found inside a kecamatan the caller chose by name.
     */
    static TitleRegion of(ImportService imports, Supplier<List<Region>> regions, Path file, ImportOptions options,
                          ImportService.Preview preview, boolean proposeKecamatan, boolean proposeDesa,
                          ImportService.Progress progress) {
        Region titled = proposeKecamatan ? preview.titleKecamatan() : null;
        String kecamatanName = proposeKecamatan ? (titled == null ? null : titled.name()) : options.kecamatan();
        TitleDesa said = proposeDesa ? preview.titleDesa() : null;
        Region desa = null;
        DesaNotTaken notTaken = null;
        if (said != null) {
            Map<Integer, Column> columns = options.mapping() == null ? preview.mapping() : options.mapping();
            if (columns.containsValue(Column.DESA)) {
                notTaken = DesaNotTaken.DESA_COLUMN;
            } else if (!said.found()) {
                notTaken = DesaNotTaken.SHARED_NAME;
            } else {
                Region inside = proposeKecamatan ? titled : chosen(regions, options.kecamatan());
                if (inside != null && !inside.code().equals(said.desa().parentCode())) {
                    notTaken = DesaNotTaken.OTHER_KECAMATAN;
                } else {
                    desa = said.desa();
                }
            }
        }
        String desaName = proposeDesa ? (desa == null ? null : desa.name()) : options.desa();
        ImportOptions taken = options.withRegion(kecamatanName, desaName);
        if (titled == null) {
            return new TitleRegion(null, null, desa, said, notTaken, taken, null, null);
        }
        // The title's kecamatan weighed against the rows: one dry run, which is the check of the file as proposed.
        ImportOptions dry = (taken.mapping() == null ? taken.withMapping(preview.mapping()) : taken).dry();
        ImportService.Report report;
        try {
            report = imports.importFile(file, dry, progress);
        } catch (ImportFileException e) {
            return new TitleRegion(titled, null, desa, said, notTaken, taken, null, e);
        }
        if (report.problems().stream().anyMatch(p -> p.problem().code().equals(OTHER_KECAMATAN_CODE))) {
            // "KECAMATAN WAE RII" over a row of Golo Dukal: the title is no rule for the rows; they stand as written.
            return new TitleRegion(null, titled, desa, said, notTaken, taken.withRegion(null, taken.desa()), null, null);
        }
        return new TitleRegion(titled, null, desa, said, notTaken, taken, report, null);
    }

    /** The kecamatan a name chosen for the file is, as the import reads it; null for none (or a name it does not know). */
    private static Region chosen(Supplier<List<Region>> regions, String name) {
        return name == null ? null : new RegionNames(regions.get()).kecamatan(name).orElse(null);
    }
}
