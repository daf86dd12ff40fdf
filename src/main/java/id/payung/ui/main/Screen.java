package id.payung.ui.main;

/** The screens reachable from the navigation bar, with their FXML and i18n key. */
public enum Screen {
    DASHBOARD("dashboard/DashboardView.fxml", "nav.dashboard"),
    ENROLLMENTS("enrollments/EnrollmentsView.fxml", "nav.enrollments"),
    AWARDS("awards/AwardsView.fxml", "nav.awards"),
    FUNDERS("funders/FundingSourcesView.fxml", "nav.funders"),
    REPORTS("reports/ReportsView.fxml", "nav.reports"),
    AUDIT("audit/AuditView.fxml", "nav.audit"),
    BACKUP("backup/BackupView.fxml", "nav.backup"),
    SETTINGS("settings/SettingsView.fxml", "nav.settings");

    private final String fxml;
    private final String titleKey;

    Screen(String fxml, String titleKey) {
        this.fxml = fxml;
        this.titleKey = titleKey;
    }

    /** FXML path relative to the {@code id/payung/ui} resource folder. */
    public String fxml() {
        return fxml;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The id of the screen's navigation button (e.g. {@code enrollmentsNav}). */
    public String navId() {
        return name().toLowerCase(java.util.Locale.ROOT) + "Nav";
    }
}
