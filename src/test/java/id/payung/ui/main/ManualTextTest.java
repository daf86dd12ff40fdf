package id.payung.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.ManualText.Heading;
import id.payung.ui.main.ManualText.Item;
import id.payung.ui.main.ManualText.Paragraph;
import id.payung.ui.main.ManualText.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manual reads as Markdown means it: the source's line ends inside a paragraph are not the reader's (trial 18 L22). */
class ManualTextTest {
    @Test
    void aParagraphsLinesAreOneFlowingText() {
        List<ManualText.Block> blocks = ManualText.blocks("""
                ## Memasang dan membuka

                Java tidak perlu dipasang terpisah. Buka Payung dari
                menu aplikasi, atau ketik `payung` di terminal.

                Data disimpan di folder data pengguna.
                """);

        assertThat(blocks).containsExactly(new Heading(2, "Memasang dan membuka"),
                new Paragraph("Java tidak perlu dipasang terpisah. Buka Payung dari menu aplikasi, atau ketik payung di terminal."),
                new Paragraph("Data disimpan di folder data pengguna."));
    }

    @Test
    void listItemsRunOnOverTheirIndentedLinesAndTablesAreTables() {
        List<ManualText.Block> blocks = ManualText.blocks("""
                1. Buka **Peserta** (Ctrl+2) dan tekan
                   **+ Tambah peserta**.
                2. Ketik NIK, *bukan* nama.
                - satu butir
                Sesudah daftar.

                | tombol | tindakan |
                |---|---|
                | F1 | panduan ini |
                """);

        assertThat(blocks).containsExactly(new Item("1.", 0, "Buka Peserta (Ctrl+2) dan tekan + Tambah peserta."),
                new Item("2.", 0, "Ketik NIK, bukan nama."), new Item("•", 0, "satu butir Sesudah daftar."),
                new Table(List.of(List.of("tombol", "tindakan"), List.of("F1", "panduan ini"))));
    }

    @Test
    void theManualItselfHasNoParagraphBrokenAtItsSourceLines() {
        List<ManualText.Block> blocks = ManualText.blocks(ManualWindow.read());

        assertThat(blocks).filteredOn(Paragraph.class::isInstance).extracting(b -> ((Paragraph) b).text())
                .anyMatch(t -> t.contains("Buka Payung dari menu aplikasi")).noneMatch(t -> t.contains("\n"));
        assertThat(blocks).filteredOn(Heading.class::isInstance).hasSizeGreaterThanOrEqualTo(10);
        assertThat(blocks).filteredOn(Table.class::isInstance).hasSize(1);
    }
}
