package id.payung.service.importing;

import java.util.List;

/**
 * The file as a whole cannot be imported (unreadable, wrong type, no header row, a sheet that does not
 * exist). {@code code} is the i18n key suffix ({@code import.problem.CODE}).
 */
public final class ImportFileException extends RuntimeException {
    private final String code;
    private final transient List<String> args;

    public ImportFileException(String code, String... args) {
        super(code + " " + String.join(" ", args));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
