package id.payung.ui.funders;

import id.payung.domain.Formats;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.TableCell;

/**
 * The quota-against-ceiling cell: "kurang Rp …" stands out (style class {@value #SHORT}: bold, red) and "sisa Rp …"
 * reads calm ({@value #LEFT}); the word says it as well as the colour, for a print-out or a colour-blind reader.
 */
final class GapCell extends TableCell<BudgetRow, Long> {
    static final String SHORT = "budget-short";
    static final String LEFT = "budget-left";

    private final ResourceBundle resources;

    GapCell(ResourceBundle resources) {
        this.resources = resources;
    }

    @Override
    protected void updateItem(Long gap, boolean empty) {
        super.updateItem(gap, empty);
        getStyleClass().removeAll(SHORT, LEFT);
        if (empty || gap == null) {
            setText(null);
            return;
        }
        boolean short_ = gap > 0;
        setText(MessageFormat.format(resources.getString(short_ ? "budget.short" : "budget.left"),
                Formats.rupiah(Math.abs(gap))));
        getStyleClass().add(short_ ? SHORT : LEFT);
    }
}
