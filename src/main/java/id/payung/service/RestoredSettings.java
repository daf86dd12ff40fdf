package id.payung.service;

import id.payung.store.DatabaseFile;
import id.payung.domain.DatabaseOpenException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a restore accepts in the settings of the file it restores: only the settings Payung writes, each
 * with a value Payung could have written. Where backups go and how many are kept belong to this PC, not to
 * the data: a restored file keeps this installation's choice (a backup from elsewhere, or a planted one,
 * cannot send the next backups — personal data — to another folder).
 */
public class RestoredSettings implements DatabaseFile.SettingsReview {
    /** Every setting Payung writes (seeds/settings.csv, Pengaturan, Cadangan, the seed loader). */
    static final Set<String> KNOWN = Set.of("office_name", "office_regency", "office_place", "office_address", "head_name", "head_title", "head_nip",
            "office_logo", "ui_language", "default_year", "backup_folder", "backup_keep", "seeded_at",
            RegionService.LOADED_KEY, id.payung.store.OfflineCopy.MARK_SERVER, id.payung.store.OfflineCopy.MARK_LOGIN,
            id.payung.store.OfflineCopy.MARK_WRITTEN);
    private static final int MAX_TEXT = 500;
    /** A logo is at most 512 KB (OfficeLogo), stored as Base64. */
    private static final int MAX_LOGO = (OfficeLogo.MAX_BYTES + 2) / 3 * 4;

    private final Path backupFile;
    private final String backupFolder;
    private final String backupKeep;

    /**
     * @param backupFile   the file being restored, named in a refusal
     * @param backupFolder this installation's backup folder setting (null: the default beside the database)
     * @param backupKeep   this installation's number of backups kept (null: the default)
     */
    public RestoredSettings(Path backupFile, String backupFolder, String backupKeep) {
        this.backupFile = backupFile;
        this.backupFolder = backupFolder;
        this.backupKeep = backupKeep;
    }

    /** Checks the settings only and keeps them all (putting a backup in place of a damaged file). */
    public static RestoredSettings checkOnly(Path backupFile) {
        return new RestoredSettings(backupFile, null, null) {
            @Override
            public Map<String, String> review(Map<String, String> found) {
                super.review(found);
                return Map.of();
            }
        };
    }

    @Override
    public Map<String, String> review(Map<String, String> found) {
        for (Map.Entry<String, String> e : found.entrySet()) {
            String problem = problem(e.getKey(), e.getValue());
            if (problem != null) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.UNEXPECTED_SETTINGS, backupFile,
                        backupFile + ": setting " + e.getKey() + " " + problem);
            }
        }
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("backup_folder", backupFolder);
        changes.put("backup_keep", backupKeep);
        // A clerk's offline copy of a server restored here (the server lost, docs/SERVER.md) is this office's working
        // file from now on: the mark that kept it read-only goes (restoring is the deliberate step that says so).
        for (String mark : id.payung.store.OfflineCopy.MARK_KEYS) {
            changes.put(mark, null);
        }
        return changes;
    }

    /** Why a setting's value is not one Payung writes, or null when it is. */
    static String problem(String key, String value) {
        if (id.payung.store.IdFloor.isKey(key)) { // the ids a restore's kept trail names (IdFloor)
            return value != null && value.matches("\\d{1,18}") ? null : "is not an id";
        }
        if (!KNOWN.contains(key)) {
            return "is not one Payung has";
        }
        if (value == null) {
            return "has no value";
        }
        return switch (key) {
            case "office_regency" -> value.matches("\\d{2}\\.\\d{2}") ? null : "is not a regency code";
            case "head_nip" -> value.isEmpty() || value.matches("\\d{18}") ? null : "is not a NIP";
            case "ui_language" -> value.isEmpty() || value.equals("id") || value.equals("en") ? null : "is not id or en";
            case "default_year" -> value.isEmpty() || value.matches("\\d{4}") && Integer.parseInt(value) >= ReferenceService.MIN_YEAR
                    && Integer.parseInt(value) <= ReferenceService.MAX_YEAR ? null : "is not a year";
            case "backup_keep" -> value.matches("\\d{1,4}") && Integer.parseInt(value) >= 1 ? null : "is not a number of backups";
            case "backup_folder" -> localFolder(value) ? null : "is not a folder on this computer";
            case "office_logo" -> value.length() <= MAX_LOGO && value.matches("[A-Za-z0-9+/=]*") ? null : "is not a logo";
            case "seeded_at" -> value.length() <= 40 && value.matches("[0-9TZ:.+\\- ]*") ? null : "is not a time";
            default -> value.length() <= MAX_TEXT && value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')
                    ? null : "is too long or holds control characters";
        };
    }

    private static boolean localFolder(String value) {
        if (value.startsWith("\\\\") || value.contains("://") || value.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            return Path.of(value).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
