package id.payung.cli;

import id.payung.domain.DatabaseOpenException;

/** One-line explanations of failures for the command line (English: scripts and logs read them). */
final class Messages {
    private final java.util.ResourceBundle bundle;

    private Messages(java.util.ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The English texts of the application's bundle. */
    static Messages english() {
        return new Messages(java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ENGLISH,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** "APBD Kabupaten Manggarai 2020 from 0 to 2 participants": the numbers of years gone by an import changes; null when none. */
    String pastYearsChanged(java.util.List<id.payung.domain.PastYearChange> changes) {
        return id.payung.domain.PastYearChange.changed(changes, bundle);
    }

    /** "2 names fall within the cohort of 4.280 …; that year's number stays": the years an import leaves; null when none. */
    String pastYearsWithin(java.util.List<id.payung.domain.PastYearChange> changes) {
        return id.payung.domain.PastYearChange.within(changes, bundle);
    }

    /** A row problem's column: the file's header, or the words of its field for a column the file lacks ("Income"). */
    String column(id.payung.service.importing.RowProblem p) {
        return p.columnShown(field -> bundle.getString("field." + field.name()));
    }

    /** What is wrong with a NIK, in the words the form and the import say it ("only 15 digits; Excel cuts …"). */
    String nikProblem(id.payung.domain.NikProblem p) {
        return java.text.MessageFormat.format(bundle.getString("problem.NIK_" + p.code().name()), p.args().toArray());
    }

    /** "unknown funding source XYZ.": a {@code --funder} the database does not know, as {@code import} refuses it. */
    String unknownFunder(String funder) {
        return java.text.MessageFormat.format(bundle.getString("import.problem.UNKNOWN_FUNDER_OPTION"), funder);
    }

    /** "dry run, nothing written: the file would be refused for 1 wrong row; --skip-invalid imports the other 8". */
    String dryRunRefused(long wrong, long valid) {
        String rows = java.text.MessageFormat.format(bundle.getString(wrong == 1 ? "import.dryRunRefused.row"
                : "import.dryRunRefused.rows"), String.valueOf(wrong));
        String rest = valid == 0 ? bundle.getString("import.dryRunRefused.noneValid")
                : java.text.MessageFormat.format(bundle.getString("import.dryRunRefused.skip"), String.valueOf(valid));
        return java.text.MessageFormat.format(bundle.getString("import.dryRunRefused"), rows, rest);
    }

    /**
     * A refused command line's sentence: for a day or a year picocli could not read ("cannot convert '06/12/2026' to
     * class java.time.LocalDate (…DateTimeParseException…)", "'abc' is not an int", trial 18 M18) what the option
     * takes, with an example, and the value given; any other refusal as it was.
     */
    String optionValue(picocli.CommandLine.ParameterException ex) {
        if (!(ex.getArgSpec() instanceof picocli.CommandLine.Model.OptionSpec option) || ex.getValue() == null
                || ex instanceof AdvisedParameterException) {
            return ex.getMessage();
        }
        Class<?> type = option.type();
        String key = type == java.time.LocalDate.class ? "cli.option.day"
                : (type == Integer.class || type == int.class) && option.longestName().equals("--year") ? "cli.option.year"
                : null;
        if (key == null || !String.valueOf(ex.getMessage()).startsWith("Invalid value")) {
            return ex.getMessage();
        }
        return java.text.MessageFormat.format(bundle.getString(key), option.longestName(), ex.getValue());
    }

    /**
     * "Note: no 2026 participants recorded yet (…) for funding sources that had participants the year before: APBD
     * Provinsi NTT (4.280 participants in 2025).": the caution of {@link id.payung.domain.FunderGap}, as the window and
     * the PDF say it; null when there is no gap.
     */
    String funderGap(int year, java.util.List<id.payung.domain.FunderGap> gaps) {
        return id.payung.domain.FunderGap.line(year, gaps, bundle);
    }

    /** A text of the bundle as it stands. */
    String text(String key) {
        return bundle.getString(key);
    }

    /** "⚠ This backup belongs to Kabupaten Manggarai Barat (53.15), not to this office (…)": the window's first words. */
    String otherRegency(id.payung.service.facade.CheckedBackup.Current now) {
        return java.text.MessageFormat.format(bundle.getString("backup.restore.otherRegency"), now.backupRegency().name(),
                now.backupRegency().code(), now.regency().name(), now.regency().code());
    }

    /** "NIK: serial 0000 does not exist; …" for a row problem. */
    String rowProblem(id.payung.service.importing.RowProblem p) {
        String text = java.text.MessageFormat.format(bundle.getString("problem." + p.problem().code()),
                p.problem().args().toArray());
        String value = p.value() == null || p.value().isEmpty() ? "" : " [" + p.value() + "]";
        return id.payung.service.Masked.niks((p.problem().error() ? "" : "(warning) ") + text + value);
    }

    /** A refusal of a service ("Line 3: "53.1" is not a Kemendagri region code …"). */
    String problem(id.payung.domain.FormProblem p) {
        return java.text.MessageFormat.format(bundle.getString("problem." + p.code()), p.args().toArray());
    }

    /** "Row 7: NIK 531001********10 was stored by Excel as a number … Probably Payung participant Maria (…)". */
    String damagedNik(id.payung.service.importing.Reconciliation.Line l) {
        String damaged = java.text.MessageFormat.format(bundle.getString("reconcile.damaged." + l.damage()), String.valueOf(l.row()),
                l.maskedNik());
        if (l.damage() == id.payung.service.importing.Reconciliation.Damage.EXCEL_SCIENTIFIC) {
            return damaged;
        }
        return damaged + " " + (l.probablyNik().isEmpty() ? bundle.getString("reconcile.noCandidate")
                : java.text.MessageFormat.format(bundle.getString("reconcile.probably"), l.probablyName(), l.probablyNik()));
    }

    /** The reason a whole file cannot be imported. */
    String fileProblem(id.payung.service.importing.ImportFileException e) {
        // Masked: a parser's message may quote a cell, and a cell may hold a NIK.
        return id.payung.service.Masked.niks(java.text.MessageFormat.format(bundle.getString("import.problem." + e.code()),
                e.args().toArray()));
    }

    /**
     * "The file's name "…" names the funding source … (CODE): if it pays for all the rows, run again with --funder CODE":
     * the funder a list names for itself (the window proposes the same one), and the option that takes it.
     */
    String namedFunder(id.payung.service.importing.NamedFunder.Found f) {
        return id.payung.service.Masked.niks(java.text.MessageFormat.format(bundle.getString(f.fromFileName()
                ? "import.funderNamed.fileName" : "import.funderNamed.title"), f.text(), f.funder().name(), f.funder().code()));
    }

    /**
     * "The funding-source codes of this database (…): APBD-PROV-NTT, APBD-KAB-MGR, …": said after the refusal of a
     * {@code --funder} the database does not know, so the user can retype it ({@link id.payung.domain.FunderRules#codesToRetype}).
     */
    String funderCodes(java.util.List<String> codes) {
        return java.text.MessageFormat.format(bundle.getString("import.funderCodes"), String.join(", ", codes));
    }

    /**
     * One line saying that a file moved onto the server could not be checked afterwards (Manggarai's seeded rows,
     * enrollments under another region's budget), with the reason's first line and the regency whose clerk can look.
     */
    String notChecked(Throwable why, String regency) {
        String reason = describe(why);
        int nl = reason.indexOf('\n');
        return java.text.MessageFormat.format(bundle.getString("server.import.notChecked"),
                (nl < 0 ? reason : reason.substring(0, nl)).strip(), regency);
    }

    /**
     * "did you mean 53.15 (Kabupaten Manggarai Barat)? run again with --regency 53.15", or for several regencies of
     * that name (a Kabupaten and a Kota) the first five of them: said after {@code init --regency} refused a name.
     */
    String regenciesNamed(java.util.List<id.payung.domain.Region> named) {
        if (named.size() == 1) {
            return java.text.MessageFormat.format(bundle.getString("init.regencyNamed.one"), named.get(0).code(),
                    named.get(0).name());
        }
        java.util.List<String> listed = named.stream().limit(5).map(r -> r.code() + " (" + r.name() + ")").toList();
        return java.text.MessageFormat.format(bundle.getString("init.regencyNamed.many"), String.join(", ", listed)
                + (named.size() > 5 ? ", …" : ""));
    }

    /** The reason a command failed: for a database that cannot be opened, the bundle's explanation. */
    String describe(Throwable e) {
        if (e instanceof id.payung.domain.ServerAddress.Refused r) {
            return java.text.MessageFormat.format(bundle.getString(r.key()), r.args().toArray());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseOpenException d && d.problem() == DatabaseOpenException.Problem.DISK_FULL) {
                e = d; // a full disk under whatever wrapped it: the known sentence, naming the folder (trial 21b M4)
                break;
            }
        }
        if (e instanceof DatabaseOpenException d) {
            return java.text.MessageFormat.format(bundle.getString("db.problem." + d.problem().name()), d.shownAs(),
                    d.folderShown());
        }
        if (e instanceof id.payung.service.exporting.ExportService.NoRegenciesException) {
            return bundle.getString("export.regencies.none");
        }
        if (e instanceof id.payung.service.exporting.ExportService.ProvinceAnnexException) {
            return bundle.getString("export.annex.province");
        }
        if (e instanceof id.payung.service.importing.ImportService.ReaderImportException r) {
            return java.text.MessageFormat.format(bundle.getString("import.refused.reader"), r.login());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof id.payung.domain.ReadOnlyRefusal r && r.offlineCopy() != null) {
                return cause.getMessage(); // what the copy is, and the deliberate way back to a working file
            }
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
