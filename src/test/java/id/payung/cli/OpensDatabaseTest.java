package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The launcher's guess, before picocli reads the line, whether a command will open a database (it then loads
 * SQLite beside the reading): the list of such commands is the commands that take {@code --db}.
 */
class OpensDatabaseTest {
    @Test
    void theListIsTheCommandsThatTakeADatabase() {
        CommandLine root = new CommandLine(new PayungCommand((db, lang) -> { }));
        Set<String> taking = new TreeSet<>();
        for (var e : root.getSubcommands().entrySet()) {
            if (takesDatabase(e.getValue().getCommandSpec())) {
                taking.add(e.getKey());
            }
        }
        assertThat(taking).isEqualTo(new TreeSet<>(PayungCommand.DATABASE_COMMANDS));
    }

    private static boolean takesDatabase(CommandSpec spec) {
        if (spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof DatabaseName)) {
            return true;
        }
        return spec.subcommands().values().stream().anyMatch(c -> takesDatabase(c.getCommandSpec()));
    }

    @Test
    void readsTheCommandWhereverTheRootOptionsAre() {
        assertThat(PayungCommand.opensDatabase(new String[] {"report", "funding-shares", "--year", "2025"})).isTrue();
        assertThat(PayungCommand.opensDatabase(new String[] {"--db", "report", "export", "audit"})).as("a file named report")
                .isTrue();
        assertThat(PayungCommand.opensDatabase(new String[] {"--db=x.db", "backup"})).isTrue();
        assertThat(PayungCommand.opensDatabase(new String[] {"--lang", "en", "import", "a.csv"})).isTrue();
        assertThat(PayungCommand.opensDatabase(new String[] {"--db", "report"})).as("the window").isFalse();
        assertThat(PayungCommand.opensDatabase(new String[] {})).as("the window").isFalse();
        assertThat(PayungCommand.opensDatabase(new String[] {"demo", "generate", "--out", "report"})).isFalse();
        assertThat(PayungCommand.opensDatabase(new String[] {"--version"})).isFalse();
        assertThat(PayungCommand.opensDatabase(new String[] {"report", "funding-shares", "--help"})).isFalse();
    }
}
