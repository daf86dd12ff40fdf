package id.payung.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Tab helpers shared by the screens. */
public final class Tabs {
    private Tabs() {
    }

    /**
     * Gives every tab under {@code root} that is not the one shown its content only when it is first chosen.
     * A tab pane styles and lays out the content of all its tabs, shown or not: the dashboard's five charts
     * took about a second of the FX thread on a cold start, when the user sees one of them.
     */
    public static void contentOnFirstVisit(Node root) {
        if (root instanceof TabPane pane) {
            for (Tab tab : pane.getTabs()) {
                contentOnFirstVisit(tab.getContent());
                if (!tab.isSelected() && tab.getContent() != null) {
                    deferContent(tab);
                }
            }
        } else if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                contentOnFirstVisit(child);
            }
        }
    }

    private static void deferContent(Tab tab) {
        Node content = tab.getContent();
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }
}
