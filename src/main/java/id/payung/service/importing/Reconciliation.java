package id.payung.service.importing;

import id.payung.domain.CoverageStatus;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Nik;
import id.payung.domain.NikCheck;
import id.payung.domain.NikProblem;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.service.RegisterService;
import id.payung.service.Masked;
import id.payung.service.SafeCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;

/**
 * Compares a participant list from BPJS (NIK, KPJ, status) with Payung's active enrollments: who is in
 * both, only in Payung, only at BPJS, and whose status differs. A NIK that Excel damaged (scientific
 * notation, cut to 15 digits, or its last digit turned to 0) is reported row by row as such, with the Payung
 * participant it probably is, never silently as "only at BPJS".
 */
public final class Reconciliation {
    private static final int PAGE = 5_000;

    private final RegisterService register;
    private final Clock clock;

    public Reconciliation(RegisterService register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Where a person stands. */
    public enum Match { BOTH, ONLY_PAYUNG, ONLY_BPJS, STATUS_DIFFERS, DAMAGED_NIK }

    /** How Excel damaged a NIK. */
    public enum Damage {
        /** "5.31001E+15": six digits left, nothing to match on. */
        EXCEL_SCIENTIFIC,
        /** 15 digits: one lost. */
        EXCEL_CUT_DIGITS,
        /** 16 digits from a number cell, the last turned to 0 (Excel keeps 15 significant digits). */
        EXCEL_LAST_DIGIT
    }

    /**
     * One compared person; the NIK is masked. For {@link Match#DAMAGED_NIK}: the file's row, how Excel damaged
     * the NIK and, when exactly one active participant shares the NIK's first 15 digits, that participant (masked
     * NIK and name, else empty); otherwise {@code row} is 0, {@code damage} null and the rest empty.
     */
    public record Line(Match match, String maskedNik, String name, String kpj, String payungStatus, String bpjsStatus,
                       String funder, long row, Damage damage, String probablyNik, String probablyName) {
        /** A line of an undamaged NIK. */
        public Line(Match match, String maskedNik, String name, String kpj, String payungStatus, String bpjsStatus,
                    String funder) {
            this(match, maskedNik, name, kpj, payungStatus, bpjsStatus, funder, 0, null, "", "");
        }
    }

    /** The comparison, and how many of each kind. */
    public record Result(List<Line> lines, Map<Match, Long> counts) {
    }

    /**
     * Compares the BPJS file with the enrollments active today (of one funder, or all when null).
     *
     * @throws ImportFileException when the file cannot be read or has no NIK column
     */
    public Result compare(Path bpjsFile, String funderCode) {
        Map<String, EnrollmentSummary> payung = activeInPayung(funderCode);
        Map<String, List<EnrollmentSummary>> byFirst15 = new HashMap<>();
        payung.forEach((nik, e) -> byFirst15.computeIfAbsent(nik.substring(0, Math.min(15, nik.length())),
                k -> new ArrayList<>()).add(e));
        List<Line> lines = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        try (TableReader reader = TableReader.open(bpjsFile, null)) {
            Map<Column, Integer> columns = header(reader, bpjsFile);
            TableReader.Row row;
            while ((row = reader.next()) != null) {
                Cell cell = row.cell(columns.get(Column.NIK));
                String raw = cell.text();
                String nik = Nik.strip(raw); // as the import reads it: Excel's apostrophe, any space, group separators
                if (nik.isEmpty()) {
                    continue;
                }
                // The BPJS list's own cells, with any NIK that sits in the wrong column masked.
                String kpj = Masked.niks(text(row, columns.get(Column.KPJ)));
                String status = Masked.niks(text(row, columns.get(Column.STATUS)));
                String name = Masked.niks(text(row, columns.get(Column.NAME)));
                Damage damage = damage(raw, nik, cell, payung, byFirst15);
                if (damage != null) {
                    List<EnrollmentSummary> candidates = damage == Damage.EXCEL_SCIENTIFIC ? List.of()
                            : byFirst15.getOrDefault(nik.substring(0, 15), List.of());
                    EnrollmentSummary probably = candidates.size() == 1 ? candidates.get(0) : null;
                    if (probably != null) {
                        seen.put(probably.nik(), true); // named on this line, not again as "only in Payung"
                    }
                    // Excel's "5.31001E+15" as the list has it (it holds no more than a district), a cut NIK masked.
                    String shown = Nik.mask(raw);
                    lines.add(new Line(Match.DAMAGED_NIK, shown, name, kpj, "", status, "", row.number(), damage,
                            probably == null ? "" : Nik.mask(probably.nik()), probably == null ? "" : probably.fullName()));
                    continue;
                }
                if (seen.put(nik, true) != null) {
                    continue;
                }
                EnrollmentSummary e = payung.get(nik);
                if (e == null) {
                    lines.add(new Line(Match.ONLY_BPJS, Nik.mask(nik), name, kpj, "", status, ""));
                } else {
                    boolean bpjsActive = status.isEmpty() || isActive(status);
                    lines.add(new Line(bpjsActive ? Match.BOTH : Match.STATUS_DIFFERS, Nik.mask(nik), e.fullName(), kpj,
                            "AKTIF", status, e.funderName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        payung.forEach((nik, e) -> {
            if (!seen.containsKey(nik)) {
                lines.add(new Line(Match.ONLY_PAYUNG, Nik.mask(nik), e.fullName(), "", "AKTIF", "", e.funderName()));
            }
        });
        Map<Match, Long> counts = new LinkedHashMap<>();
        for (Match m : Match.values()) {
            counts.put(m, lines.stream().filter(l -> l.match() == m).count());
        }
        return new Result(lines, counts);
    }

    /**
     * How Excel damaged the NIK of a row, or null when it looks sound: scientific notation and 15 digits as the
     * NIK rules say; a 16-digit NIK ending in 0 that Payung does not hold, when the cell was a number (Excel keeps
     * 15 significant digits) or an active participant shares its first 15 digits.
     */
    private Damage damage(String raw, String nik, Cell cell, Map<String, EnrollmentSummary> payung,
                          Map<String, List<EnrollmentSummary>> byFirst15) {
        for (NikProblem p : NikCheck.check(raw, null, java.time.LocalDate.now(clock)).problems()) {
            if (p.code() == NikProblem.Code.EXCEL_SCIENTIFIC) {
                return Damage.EXCEL_SCIENTIFIC;
            }
            if (p.code() == NikProblem.Code.EXCEL_CUT_DIGITS) {
                return Damage.EXCEL_CUT_DIGITS;
            }
        }
        boolean lastDigitZeroed = id.payung.domain.DamagedNik.lastDigitLost(nik).isPresent() && !payung.containsKey(nik)
                && (cell.kind() == Cell.Kind.NUMBER || byFirst15.containsKey(nik.substring(0, 15)));
        return lastDigitZeroed ? Damage.EXCEL_LAST_DIGIT : null;
    }

    private Map<String, EnrollmentSummary> activeInPayung(String funderCode) {
        Map<String, EnrollmentSummary> byNik = new HashMap<>();
        RegisterFilter filter = RegisterFilter.all().withStatus(CoverageStatus.ACTIVE).withFunder(funderCode);
        RegisterPage page = register.page(filter, new RegisterSort(RegisterSort.Column.NIK, true), null, PAGE);
        while (true) {
            page.rows().forEach(e -> byNik.putIfAbsent(e.nik(), e));
            if (page.next() == null) {
                return byNik;
            }
            page = register.page(filter, new RegisterSort(RegisterSort.Column.NIK, true), page.next(), PAGE);
        }
    }

    private static Map<Column, Integer> header(TableReader reader, Path file) throws IOException {
        for (int i = 0; i < 30; i++) {
            TableReader.Row row = reader.next();
            if (row == null) {
                break;
            }
            Map<Column, Integer> columns = new HashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                int col = c;
                Column.of(row.cell(c).text()).ifPresent(k -> columns.putIfAbsent(k, col));
            }
            if (columns.containsKey(Column.NIK) && columns.size() >= 2) {
                return columns;
            }
        }
        throw new ImportFileException("NO_NIK_COLUMN", file.getFileName().toString());
    }

    private static boolean isActive(String status) {
        String s = Column.normalize(status);
        return s.equals("aktif") || s.equals("active") || s.equals("a") || s.equals("1");
    }

    private static String text(TableReader.Row row, Integer index) {
        return index == null ? "" : row.cell(index).text().strip();
    }
}
