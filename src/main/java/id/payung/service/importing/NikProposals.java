package id.payung.service.importing;

import id.payung.domain.DamagedNik;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.LikelySamePerson;
import id.payung.domain.Nik;
import id.payung.domain.PersonName;
import id.payung.service.importing.ImportService.NikProposal;
import id.payung.store.EnrollmentBulkWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an import can say of a row's NIK only once the whole file is read, and the NIKs it proposes: rows whose NIK
 * Excel destroyed ("5,31001E+15", a last digit cut to 0), rows whose NIK is not registered though the register may hold
 * it cut by Excel or under a mistyped serial, and rows whose NIK's birth-date digits disagree with their birth date.
 * Such rows are gathered while the file is read, under caps of their own, and looked up together once it is read
 * ({@link #propose}: the register asked once, in index spans); the one rule of a match is {@link DamagedNik#matching}.
 *
 * <p>Kept apart from {@link ImportService}, which reads, checks and writes the rows, so that this look-up and what it
 * proposes (always for the clerk to confirm, never a guess) are read in one place. One per import, not thread-safe.
 */
final class NikProposals {
    /**
     * Turns down a row that had passed every check (its handle in {@link SeenRows}), the import's counts corrected and,
     * when it was written, the row taken back out.
     */
    interface Rejection {
        void reject(int seen, RowProblem why);
    }

    /** Rows whose NIK Excel destroyed, looked up once the file is read (as many as problems are kept). */
    private final List<DamagedRow> damaged = new ArrayList<>();
    /**
     * Of those, the rows whose NIK visibly failed (scientific notation, "…0000") and the intact-looking NIKs ending
     * in 0 looked up as possibly cut: each under a cap of its own, so the many new NIKs ending in 0 of a big list
     * (about one in ten) never crowd out the visibly destroyed ones.
     */
    private int shownDamaged;
    private int lastDigitRows;
    /** A row would have been looked up as one Excel may have cut, beyond the cap: the clerk is told the check stopped. */
    private boolean lastDigitCapped;
    /**
     * Rows whose NIK is not registered but may be registered cut to 0 by Excel ({@link CutRow}): looked up with
     * the damaged rows, under a cap of their own (they do not crowd out the rows Excel visibly destroyed).
     */
    private final List<CutRow> cut = new ArrayList<>();
    /** Rows turned down for a NIK whose birth-date digits disagree with the row's ({@link #birthTwin}). */
    private final List<CutRow> birthTwins = new ArrayList<>();
    private final List<NikProposal> proposals = new ArrayList<>();

    /**
     * A row its own values settled (turned down, or inactive: no database asked), as it is read: looked up once the
     * file is read when Excel destroyed its NIK, or when its NIK's birth-date digits disagree with its birth date.
     */
    void checkedAlone(RowParser.Parsed parsed, List<RowProblem> problems, RowParser parser) {
        if (shownDamaged < ProblemList.MAX) {
            damaged(parsed, problems).ifPresent(d -> {
                damaged.add(d);
                shownDamaged++;
            });
        }
        if (birthTwins.size() < ProblemList.MAX) {
            birthTwin(parsed, problems, parser).ifPresent(birthTwins::add);
        }
    }

    /**
     * A row settled against the register ({@code seen} its handle): {@code notFound} when it stays valid with a NIK not
     * registered (for the clerk: an undone list's person is not), {@code registeredAsOther} when it was turned down for a
     * NIK registered under another name. Such a NIK ending in 0 is looked up as one Excel may have cut to 15 digits, and
     * a NIK not registered as one the register may hold cut to 0 by an earlier list, or under a mistyped serial (trial
     * 20c H1); all once the file is read, in index spans of its serials.
     */
    void settled(RowParser.Parsed parsed, int seen, boolean notFound, boolean registeredAsOther, RowParser parser) {
        EnrollmentForm f = parsed.form();
        Supplier<RowProblem> nikCell = () -> parser.problem(parsed.row(), Field.NIK,
                Nik.mask(f.cleanNik()), FormProblem.warning(Field.NIK, "IMPORT_NIK_LAST_DIGIT_LOST"));
        if ((notFound || registeredAsOther) && lastDigitRows >= ProblemList.MAX
                && lastDigitLost(parsed, nikCell, SeenRows.NONE).isPresent()) {
            lastDigitCapped = true;
        }
        if ((notFound || registeredAsOther) && lastDigitRows < ProblemList.MAX) {
            lastDigitLost(parsed, nikCell, notFound ? seen : SeenRows.NONE)
                    .ifPresent(d -> {
                        damaged.add(d);
                        lastDigitRows++;
                    });
        }
        if (notFound && cut.size() < ProblemList.MAX) {
            cutInRegister(parsed, seen, parser).ifPresent(cut::add);
        }
    }

    /** Whether a row would have been looked up as one Excel may have cut beyond the cap: the check stopped there. */
    boolean lastDigitCapped() {
        return lastDigitCapped;
    }

    /** The NIKs proposed ({@link #propose}), in the order they were found. */
    List<NikProposal> proposals() {
        return proposals;
    }

    /**
     * A row whose NIK Excel destroyed, with what a candidate must share with it ({@link DamagedNik#matching});
     * {@code seen} the handle of a row that passed every check with its NIK ending in 0 (to be turned down if it proves
     * damaged), else {@link SeenRows#NONE}.
     */
    private record DamagedRow(int row, String column, String value, String name, LocalDate birthDate, DamagedNik nik,
                              List<DamagedNik.Range> ranges, int seen) {
    }

    /**
     * The row's NIK in scientific notation ("5,31001E+15"), when its name and birth date are known and the surviving
     * digits narrow the look-up ({@link DamagedNik#rangesFor}); else empty. Only such rows are looked up.
     */
    private static Optional<DamagedRow> damaged(RowParser.Parsed parsed, List<RowProblem> problems) {
        EnrollmentForm f = parsed.form();
        RowProblem damage = problems.stream().filter(p -> p.problem().code().equals("NIK_EXCEL_SCIENTIFIC"))
                .findFirst().orElse(null);
        if (damage == null) {
            // A NIK ending in 0 that fails its checks ("…0000": Excel cut "…0004"): looked up as one Excel may have cut.
            RowProblem failed = problems.stream().filter(p -> p.problem().error()
                    && p.problem().field() == Field.NIK).findFirst().orElse(null);
            return failed == null ? Optional.empty() : lastDigitLost(parsed, failed, SeenRows.NONE);
        }
        if (damage.absent() || f.birthDate() == null || PersonName.key(f.fullName()).isEmpty()) {
            return Optional.empty();
        }
        return DamagedNik.of(f.cleanNik()).map(nik -> new DamagedRow(parsed.row(), damage.column(), damage.value(),
                f.fullName().strip(), f.birthDate(), nik, nik.rangesFor(f.birthDate()), SeenRows.NONE))
                .filter(d -> !d.ranges().isEmpty());
    }

    /**
     * The row's 16-digit NIK ending in 0 as one Excel may have cut to 15 digits ({@link DamagedNik#lastDigitLost}), to be
     * looked up, when it failed its checks or is not registered and the row's name and birth date are known; the cell
     * is {@code at}'s (the NIK's column). Only a candidate found makes it damaged ({@link #propose}).
     */
    private static Optional<DamagedRow> lastDigitLost(RowParser.Parsed parsed, RowProblem at, int seen) {
        return lastDigitLost(parsed, () -> at, seen);
    }

    /**
     * As {@link #lastDigitLost(RowParser.Parsed, RowProblem, int)}, the cell's problem made only for a NIK that can be
     * one: the settling of every new row of a large import asks, and nine in ten NIKs do not end in 0 (issue 19's import
     * time).
     */
    private static Optional<DamagedRow> lastDigitLost(RowParser.Parsed parsed, Supplier<RowProblem> cell,
                                                      int seen) {
        EnrollmentForm f = parsed.form();
        if (f.birthDate() == null) {
            return Optional.empty();
        }
        Optional<DamagedNik> damaged = DamagedNik.lastDigitLost(f.cleanNik());
        if (damaged.isEmpty() || PersonName.key(f.fullName()).isEmpty()) {
            return Optional.empty();
        }
        RowProblem at = cell.get();
        if (at.absent()) {
            return Optional.empty();
        }
        return damaged.map(nik -> new DamagedRow(parsed.row(), at.column(), at.value(),
                f.fullName().strip(), f.birthDate(), nik, nik.rangesFor(f.birthDate()), seen))
                .filter(d -> !d.ranges().isEmpty());
    }

    /**
     * For every row whose NIK Excel destroyed: the registered people and the file's rows with an intact NIK it can be
     * ({@link DamagedNik#matching}, the one rule). Exactly one: that NIK is proposed for the clerk to confirm, said on
     * the row; several: said, nothing proposed (never a guess); none: the row's error stands alone. The register is
     * asked once for all those rows ({@link EnrollmentBulkWriter#registeredIn}, index ranges on the NIK, batched), with
     * the rows gathered as possibly registered cut or under another serial ({@link CutRow}) and the birth twins
     * ({@link #birthTwin}). Said in {@code problems}; a row that had passed and proves wrong turned down through
     * {@code reject}; {@code firstAdded} the first person this import added (people from it on are the file's rows, in
     * {@code rows}, not registered). Before the import's batch is finished.
     */
    void propose(EnrollmentBulkWriter writer, SeenRows rows, long firstAdded, ProblemList problems,
                 Rejection reject) {
        if (damaged.isEmpty() && cut.isEmpty() && birthTwins.isEmpty()) {
            return;
        }
        // Rows of one birth date and district ask for the same spans: each is asked once.
        Set<DamagedNik.Range> spans = new LinkedHashSet<>();
        damaged.forEach(d -> spans.addAll(d.ranges()));
        // A new row's NIK: the NIKs differing from it in the serial only (its region and birth-date digits), one index
        // span each, which hold the NIK Excel cut to 0 too; a registered person of the row's name and birth date there
        // is likely the same worker under a mistyped serial (trial 20c H1), said as a warning on the row.
        cut.forEach(d -> spans.add(new DamagedNik.Range(d.cutNik().substring(0, 12) + "0000",
                d.cutNik().substring(0, 12) + "9999")));
        birthTwins.forEach(d -> spans.addAll(DamagedNik.birthSpans(d.nik(), d.birthDate())));
        List<DamagedNik.Range> ranges = new ArrayList<>(spans);
        // Spans clipped alike for other rows overlap: a candidate is kept once. Grouped by birth date and name, so
        // each row weighs only its own few (the rule itself is DamagedNik.matching).
        // The register as it was before this file: people this import added are its rows (inRanges), not registered.
        Set<DamagedNik.Candidate> pool = new LinkedHashSet<>();
        for (DamagedNik.Candidate c : writer.registeredIn(ranges)) {
            if (!addedHere(rows, c.nik(), firstAdded)) {
                pool.add(c);
            }
        }
        pool.addAll(rows.inRanges(ranges));
        Map<String, List<DamagedNik.Candidate>> byPerson = new HashMap<>();
        for (DamagedNik.Candidate c : pool) {
            if (c.birthDate() != null) {
                byPerson.computeIfAbsent(c.birthDate() + " " + PersonName.key(c.fullName()), k -> new ArrayList<>()).add(c);
            }
        }
        for (DamagedRow d : damaged) {
            List<DamagedNik.Candidate> matching = d.nik().matching(d.name(), d.birthDate(),
                    byPerson.getOrDefault(d.birthDate() + " " + PersonName.key(d.name()), List.of()));
            if (d.nik().lastDigitOnly() && !matching.isEmpty()) {
                // Someone with the row's name and birth date has its NIK but for the last digit: Excel cut it to 0. A
                // row that had passed is turned down (under "skip wrong rows" taken back out), never imported so.
                RowProblem why = new RowProblem(d.row(), d.column(), d.value(),
                        FormProblem.error(Field.NIK, "IMPORT_NIK_LAST_DIGIT_LOST"), d.name());
                if (d.seen() != SeenRows.NONE) {
                    reject.reject(d.seen(), why);
                } else {
                    problems.add(why);
                }
            }
            if (matching.size() == 1) {
                DamagedNik.Candidate c = matching.get(0);
                proposals.add(new NikProposal(d.row(), d.column(), c));
                FormProblem said = c.registered()
                        ? FormProblem.warning(Field.NIK, "IMPORT_NIK_PROPOSED_REGISTERED", Nik.mask(c.nik()), c.fullName())
                        : FormProblem.warning(Field.NIK, "IMPORT_NIK_PROPOSED_IN_FILE", Nik.mask(c.nik()), c.fileRow());
                problems.add(new RowProblem(d.row(), d.column(), d.value(), said, d.name()));
            } else if (matching.size() > 1) {
                long registered = matching.stream().filter(DamagedNik.Candidate::registered).count();
                FormProblem said = registered == matching.size()
                        ? FormProblem.error(Field.NIK, "IMPORT_NIK_SEVERAL_REGISTERED", matching.size())
                        : FormProblem.error(Field.NIK, "IMPORT_NIK_SEVERAL_MATCH", registered,
                                matching.size() - registered);
                problems.add(new RowProblem(d.row(), d.column(), d.value(), said, d.name()));
            }
        }
        for (CutRow d : birthTwins) {
            // The NIK's birth-date digits disagree with the row's birth date (an error already): a registered person
            // of the row's name and birth date, in the NIK's region, is likely the same worker under a NIK mistyped in
            // its date digits (trial 21c H3: "fixing" the date to the NIK's made a second person). Said and proposed;
            // which is right the clerk settles from the KTP.
            List<DamagedNik.Candidate> twins = byPerson.getOrDefault(d.birthDate() + " " + PersonName.key(d.name()),
                    List.<DamagedNik.Candidate>of()).stream().filter(c -> c.registered() && !c.nik().equals(d.nik())
                            && c.nik().startsWith(d.nik().substring(0, 6))
                            && LikelySamePerson.of(d.name(), d.birthDate(), c.fullName(), c.birthDate()))
                    .toList();
            if (twins.size() == 1) {
                DamagedNik.Candidate c = twins.get(0);
                proposals.add(new NikProposal(d.row(), d.column(), c));
                problems.add(new RowProblem(d.row(), d.column(), d.value(), FormProblem.warning(Field.NIK,
                        "IMPORT_NIK_BIRTH_TWIN", Nik.mask(c.nik()), c.fullName()), d.name()));
            } else if (twins.size() > 1) {
                problems.add(new RowProblem(d.row(), d.column(), d.value(), FormProblem.warning(Field.NIK,
                        "IMPORT_NIK_BIRTH_TWINS", twins.size(), String.join(", ",
                                twins.stream().map(c -> Nik.mask(c.nik())).toList())), d.name()));
            }
        }
        // This file's own new rows ending in 0 are no registered person (looked up from the other side above).
        Set<String> ownCut = new HashSet<>();
        damaged.stream().filter(d -> d.nik().lastDigitOnly() && d.seen() != SeenRows.NONE)
                .forEach(d -> ownCut.add(d.nik().shown()));
        for (CutRow d : cut) {
            boolean cutOwn = !d.nik().equals(d.cutNik()); // a NIK ending in 0 is looked up for H1 alone
            if (cutOwn && ownCut.contains(d.cutNik())) {
                continue;
            }
            // The same rule the other way (DamagedNik#matching): same name, same birth date, the NIK but for the last
            // digit, which Excel turned to 0 in an earlier list. Never merged, never guessed: the clerk corrects it.
            List<DamagedNik.Candidate> alike = byPerson.getOrDefault(d.birthDate() + " " + PersonName.key(d.name()),
                    List.<DamagedNik.Candidate>of()).stream().filter(c -> c.registered()
                            && LikelySamePerson.of(d.name(), d.birthDate(), c.fullName(), c.birthDate()))
                    .toList();
            String first15 = d.nik().substring(0, Nik.LENGTH - 1);
            if (alike.stream().noneMatch(c -> c.nik().equals(d.cutNik()))) {
                // Not Excel's cut: a serial mistyped by hand (…26 listed as …27, trial 21c H3), or two people. Only a row
                // NIK ending in 0 beside a registered one equal but for the last digit is Excel's cut the other way
                // (DamagedNik's rule, IMPORT_NIK_LAST_DIGIT_LOST). An error (the office rule: an ambiguous row is the
                // clerk's to settle, never a guess), the one registered person's NIK proposed; another person is added
                // with the form, which asks.
                // Never the row's own NIK: a person only undone imports brought, renewed by this row, is theirs.
                List<DamagedNik.Candidate> same = alike.stream().filter(c -> !c.nik().equals(d.nik()))
                        .filter(c -> cutOwn || !c.nik().startsWith(first15)).toList();
                RowProblem why = null;
                if (same.size() == 1) {
                    DamagedNik.Candidate c = same.get(0);
                    proposals.add(new NikProposal(d.row(), d.column(), c));
                    why = new RowProblem(d.row(), d.column(), d.value(), FormProblem.error(Field.NIK,
                            "IMPORT_NIK_LIKELY_SAME_PERSON", Nik.mask(c.nik()), c.fullName()), d.name());
                } else if (same.size() > 1) {
                    why = new RowProblem(d.row(), d.column(), d.value(), FormProblem.error(Field.NIK,
                            "IMPORT_NIK_LIKELY_SAME_PEOPLE", same.size(), String.join(", ",
                                    same.stream().map(c -> Nik.mask(c.nik())).toList())), d.name());
                }
                if (why != null && d.seen() != SeenRows.NONE) {
                    reject.reject(d.seen(), why);
                } else if (why != null) {
                    problems.add(why);
                }
            }
            alike.stream().filter(c -> cutOwn && c.nik().equals(d.cutNik()))
                    .findFirst().ifPresent(c -> {
                        // Which of the two is wrong the file cannot say (trial 21d: the register's …030 was right, the
                        // list's …031 a typo): both said, the registered NIK proposed for the row (the same person
                        // either way), the register corrected through the form when it is the one Excel cut.
                        proposals.add(new NikProposal(d.row(), d.column(), c));
                        RowProblem why = new RowProblem(d.row(), d.column(), d.value(), FormProblem.error(Field.NIK,
                                "IMPORT_NIK_REGISTERED_CUT", c.fullName(), Nik.mask(c.nik())), d.name());
                        if (d.seen() != SeenRows.NONE) {
                            reject.reject(d.seen(), why);
                        } else {
                            problems.add(why);
                        }
                    });
        }
    }

    /** Whether the person under {@code nik} was added by this import (a row of this file, flushed), not registered. */
    private static boolean addedHere(SeenRows rows, String nik, long firstAdded) {
        for (int e = rows.first(nik); e != SeenRows.NONE; e = rows.next(e)) {
            if (rows.personId(e) >= firstAdded) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row whose 16-digit NIK is not registered, with the NIK Excel would have made of it in an earlier list
     * ({@code cutNik}: its last digit 0): a registered person of the same name and birth date under that NIK is likely
     * the same worker; under another NIK of the same serials, likely the same worker under a mistyped serial (a
     * warning, trial 20c H1) ({@link #propose}).
     */
    private record CutRow(int row, String column, String value, String nik, String cutNik, String name,
                          LocalDate birthDate, int seen) {
    }

    private static Optional<CutRow> cutInRegister(RowParser.Parsed parsed, int seen, RowParser parser) {
        EnrollmentForm f = parsed.form();
        String nik = f.cleanNik();
        if (nik == null || nik.length() != Nik.LENGTH || f.birthDate() == null
                || !nik.chars().allMatch(ch -> ch >= '0' && ch <= '9') || PersonName.key(f.fullName()).isEmpty()) {
            return Optional.empty();
        }
        RowProblem at = parser.problem(parsed.row(), Field.NIK, Nik.mask(nik),
                FormProblem.error(Field.NIK, "IMPORT_NIK_REGISTERED_CUT"));
        return Optional.of(new CutRow(at.row(), at.column(), at.value(), nik,
                nik.substring(0, Nik.LENGTH - 1) + "0", f.fullName().strip(), f.birthDate(), seen));
    }

    /**
     * A row turned down because its NIK's birth-date digits disagree with its birth date, its name and a 16-digit NIK
     * known: to be looked up for a registered person of that name and birth date ({@link #propose}); else empty.
     */
    private static Optional<CutRow> birthTwin(RowParser.Parsed parsed, List<RowProblem> problems, RowParser parser) {
        EnrollmentForm f = parsed.form();
        String nik = f.cleanNik();
        if (nik == null || nik.length() != Nik.LENGTH || f.birthDate() == null
                || !nik.chars().allMatch(ch -> ch >= '0' && ch <= '9') || PersonName.key(f.fullName()).isEmpty()
                || problems.stream().noneMatch(p -> p.problem().code().equals("NIK_BIRTH_DATE_MISMATCH"))) {
            return Optional.empty();
        }
        RowProblem at = parser.problem(parsed.row(), Field.NIK, Nik.mask(nik),
                FormProblem.warning(Field.NIK, "IMPORT_NIK_BIRTH_TWIN"));
        if (at.absent()) {
            return Optional.empty();
        }
        return Optional.of(new CutRow(at.row(), at.column(), at.value(), nik, nik, f.fullName().strip(),
                f.birthDate(), SeenRows.NONE));
    }
}
