package id.payung.ui;

import id.payung.service.ReplacingWrite;
import id.payung.domain.DatabaseOpenException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Turns failures into sentences in the user's language. */
public final class UserMessages {
    private UserMessages() {
    }

    /** A form's or a search's problem in the user's words ({@code problem.CODE} with its arguments). */
    public static String problem(ResourceBundle bundle, id.payung.domain.FormProblem p) {
        if (p.code().equals("NIK_OUTSIDE_REGION") && p.args().size() == 1) {
            // The regency by its name, not its code alone (trial 20c L5), once the region list is read.
            var regency = id.payung.service.RegionList.regencyIfRead(p.args().get(0));
            if (regency.isPresent()) {
                return java.text.MessageFormat.format(bundle.getString("problem.NIK_OUTSIDE_REGION.named"),
                        p.args().get(0), regency.get().name());
            }
        }
        return java.text.MessageFormat.format(bundle.getString("problem." + p.code()), p.args().toArray());
    }

    /** {@link #problem} of each, a line each. */
    public static String problems(ResourceBundle bundle, java.util.List<id.payung.domain.FormProblem> problems) {
        return problems.stream().map(p -> problem(bundle, p)).collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * True for a refusal the user's own choice meets (a file that is no Payung backup, another program's SQLite, a
     * newer schema, a file another program holds, a form's input, a write to a read-only database, a regent's annex
     * asked by a provincial login, a per-regency table asked of one office's data): Payung did as it should, nothing
     * was changed, and the sentence says what to do. Such a failure is no crash: {@link ErrorDialog} shows it as a
     * plain warning, without the log's path and the technical details a crash is sent with (trial 14). A file that
     * cannot be read at all (IO) or is damaged (CORRUPT: also the open database's own integrity check) may be a
     * failing disk: those keep the crash dialog and its log, for whoever looks after Payung.
     */
    public static boolean isRefusal(Throwable error) {
        return error instanceof DatabaseOpenException d && d.problem() != DatabaseOpenException.Problem.IO
                && d.problem() != DatabaseOpenException.Problem.CORRUPT
                || error instanceof id.payung.service.InvalidInputException
                || error instanceof id.payung.domain.ServerAddress.Refused
                || readOnlyRefusal(error)
                || serverConnection(error) != null
                || diskFull(error) != null
                || error instanceof id.payung.service.exporting.ExportService.ProvinceAnnexException
                || error instanceof id.payung.service.exporting.ExportService.NoRegenciesException;
    }

    /**
     * Whether {@code error} (or one of its causes) is a write refused by a read-only database: an expected answer,
     * said in a plain sentence ({@link #describe}), never as an unexpected error with technical details.
     */
    public static boolean readOnlyRefusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof id.payung.domain.ReadOnlyRefusal) {
                return true;
            }
        }
        return false;
    }

    /** The mark of the offline copy whose read-only refusal is somewhere in {@code error}'s causes; null when none. */
    static id.payung.domain.OfflineCopyMark offlineCopy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof id.payung.domain.ReadOnlyRefusal r && r.offlineCopy() != null) {
                return r.offlineCopy();
            }
        }
        return null;
    }

    /**
     * "Salinan luring dari server HOST/DB (login siti, 07/12/2026 05:12): hanya untuk dibaca; perubahan dilakukan di
     * server.": what an offline copy is, as the status line and every refused write say it.
     */
    public static String offlineCopyNotice(ResourceBundle bundle, id.payung.domain.OfflineCopyMark copy) {
        return MessageFormat.format(bundle.getString("offlineCopy.notice"), copy.server(), copy.login(), copy.writtenShown());
    }

    /**
     * The server's refusal or lost connection somewhere in {@code error}'s causes (a service may wrap the store's
     * failure): the connection lost under an open window, or the new connection then refused (a login switched off
     * meanwhile, a server still down). Null when none.
     */
    static DatabaseOpenException serverConnection(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseOpenException d && d.problem().name().startsWith("SERVER_")) {
                return d;
            }
        }
        return null;
    }

    /**
     * A full disk somewhere in {@code error}'s causes (the store says it as {@code DISK_FULL}, naming the file it could
     * not write: the database, a backup, an export): a known failure said in words, not an unexpected error (trial 21b
     * M4). Null when none.
     */
    static DatabaseOpenException diskFull(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseOpenException d && d.problem() == DatabaseOpenException.Problem.DISK_FULL) {
                return d;
            }
        }
        return null;
    }

    /** The words of a database's problem ({@code db.problem.NAME}): {0} the file or server, {1} the file's folder. */
    public static String databaseProblem(ResourceBundle bundle, DatabaseOpenException d) {
        return MessageFormat.format(bundle.getString("db.problem." + d.problem().name()), d.shownAs(), d.folderShown());
    }

    /** A message for the user; unknown failures fall back to their own message. */
    public static String describe(ResourceBundle bundle, Throwable error) {
        if (error instanceof id.payung.domain.ServerAddress.Refused r) {
            return MessageFormat.format(bundle.getString(r.key()), r.args().toArray());
        }
        DatabaseOpenException server = serverConnection(error);
        if (server != null) {
            error = server;
        }
        DatabaseOpenException full = diskFull(error);
        if (full != null) {
            error = full;
        }
        if (error instanceof DatabaseOpenException d) {
            return databaseProblem(bundle, d);
        }
        if (error instanceof id.payung.service.RestoreFailedException r) {
            return MessageFormat.format(bundle.getString("restore.failed"), r.database().toString(),
                    r.safetyBackup().toString());
        }
        if (error instanceof id.payung.service.exporting.ExportService.NotAuditableException) {
            return bundle.getString("export.fullNikReadOnly");
        }
        if (error instanceof id.payung.service.exporting.ExportService.NoRegenciesException) {
            return bundle.getString("export.regencies.none");
        }
        if (error instanceof id.payung.service.exporting.ExportService.ProvinceAnnexException) {
            return bundle.getString("export.annex.province");
        }
        if (error instanceof id.payung.service.importing.ImportService.ReaderImportException r) {
            return MessageFormat.format(bundle.getString("import.refused.reader"), r.login());
        }
        id.payung.domain.OfflineCopyMark copy = offlineCopy(error);
        if (copy != null) {
            return MessageFormat.format(bundle.getString("offlineCopy.refused"), offlineCopyNotice(bundle, copy));
        }
        if (readOnlyRefusal(error)) {
            return bundle.getString("readOnly.refused");
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ReplacingWrite.KeptFileException k) {
                return MessageFormat.format(bundle.getString("export.kept"), k.target().toString());
            }
            if (cause instanceof ReplacingWrite.NotReplacedException n) {
                return MessageFormat.format(bundle.getString("export.notReplaced"), n.target().toString());
            }
        }
        String m = error.getMessage();
        return MessageFormat.format(bundle.getString("error.unexpected"), m == null ? error.getClass().getSimpleName() : m);
    }
}
