package id.payung.ui;

import java.util.List;
import javafx.beans.property.Property;

/**
 * The year the user is looking at, one for the dashboard, the reports and the budgets: a year chosen on one
 * of them is the year of the others when they are opened or shown again, until the user chooses another.
 * Kept by the window, so it outlives a language switch.
 */
public final class CurrentYear {
    private volatile Integer year;

    /** The year chosen last, or null before any screen showed one. */
    public Integer get() {
        return year;
    }

    /**
     * Ties a screen's year to this one: what the screen shows becomes the current year, and {@link #apply}
     * gives the screen the current year back.
     *
     * @param choices the years the screen offers; empty when it accepts any (it adds a missing one itself)
     * @return the runnable that gives the screen the current year (call when the screen is shown again)
     */
    public Runnable follow(Property<Integer> screenYear, List<Integer> choices) {
        screenYear.addListener((obs, old, now) -> {
            if (now != null) {
                year = now;
            }
        });
        Runnable apply = () -> {
            Integer y = year;
            if (y != null && !y.equals(screenYear.getValue()) && (choices.isEmpty() || choices.contains(y))) {
                screenYear.setValue(y);
            }
        };
        apply.run();
        return apply;
    }

    /**
     * Forgets the year chosen: the window now shows other data (a restored backup), where the year looked at before
     * may hold nothing. A year with no participants chosen for next year's budget had opened the restored
     * dashboard on "Total: 0 peserta", read as data lost (trial 13).
     */
    public void forget() {
        year = null;
    }
}
