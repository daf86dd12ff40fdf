package id.payung.service.importing;

import java.util.List;

/**
 * The file as a whole cannot be imported (unreadable, wrong type, no header row, a sheet that does not
 * exist). {@code code} is the i18n key suffix ({@code import.problem.CODE}).
 */
public final class ImportFileException extends RuntimeException {
    private final String code;
    private final transient List<String> args;

    /** NIK-like numbers in the arguments are masked: a library's message may quote a cell of the file. */
    public ImportFileException(String code, String... args) {
        this(code, java.util.Arrays.stream(args).map(a -> id.payung.service.Masked.niks(String.valueOf(a))).toList());
    }

    private ImportFileException(String code, List<String> masked) {
        super(code + " " + String.join(" ", masked));
        this.code = code;
        this.args = masked;
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
