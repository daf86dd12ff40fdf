package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} fits 80 columns and breaks lines between words only (trial 16 L12: {@code report
 * budget --help} broke "from the dated / rate rules" mid-sentence, {@code regions import} a column list at its
 * commas, {@code server import-file} "e. / g.").
 */
class HelpWrappingTest {
    private static List<CommandLine> all(CommandLine cli) {
        List<CommandLine> out = new ArrayList<>(List.of(cli));
        cli.getSubcommands().values().stream().distinct().forEach(c -> out.addAll(all(c)));
        return out;
    }

    private static List<CommandLine> commands() {
        return all(PayungCommand.commandLine(new PayungCommand((db, lang) -> { })));
    }

    private static String help(CommandLine c, int width) {
        CommandLine.Model.UsageMessageSpec usage = c.getCommandSpec().usageMessage();
        int was = usage.width();
        usage.width(width);
        try {
            return c.getUsageMessage(CommandLine.Help.Ansi.OFF);
        } finally {
            usage.width(was);
        }
    }

    @Test
    void everyHelpFitsEightyColumns() {
        assertThat(commands()).hasSizeGreaterThan(20).allSatisfy(c -> assertThat(c.getUsageMessage(CommandLine.Help.Ansi.OFF)
                .lines()).as(c.getCommandSpec().qualifiedName()).allSatisfy(l -> assertThat(l.length())
                .isLessThanOrEqualTo(PayungCommand.HELP_WIDTH)));
    }

    @Test
    void linesBreakBetweenWordsOnly() {
        // The same words, in the same order, as on a screen wide enough for no break at all: a word cut in two
        // ("e." and "g.", "nama_desa," and "jenis") would differ.
        for (CommandLine c : commands()) {
            assertThat(Arrays.asList(help(c, 80).trim().split("\\s+"))).as(c.getCommandSpec().qualifiedName())
                    .isEqualTo(Arrays.asList(help(c, 2000).trim().split("\\s+")));
        }
    }

    @Test
    void eachDescriptionLineIsAWholeSentence() {
        // A description is printed one element a line: an element that stops mid-sentence is a hard break there.
        for (CommandLine c : commands()) {
            List<String> texts = new ArrayList<>(Arrays.asList(c.getCommandSpec().usageMessage().description()));
            c.getCommandSpec().options().forEach(o -> texts.addAll(Arrays.asList(o.description())));
            c.getCommandSpec().positionalParameters().forEach(p -> texts.addAll(Arrays.asList(p.description())));
            assertThat(texts).as(c.getCommandSpec().qualifiedName())
                    .allSatisfy(t -> assertThat(t.strip()).matches("(?s).*[.)]"));
        }
    }
}
