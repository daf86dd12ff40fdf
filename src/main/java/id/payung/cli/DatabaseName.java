package id.payung.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --db FILE} option alone: what {@code payung server …} takes (a server's address, or the office's file
 * for {@code import-file}'s target). The data commands take {@link DatabaseOption}, which adds {@code --wait}: a
 * server command's write never waits for another writer of a file, and its help offered {@code --wait} that did
 * nothing (trial 21d).
 */
class DatabaseName {
    // A String, not a Path: a server address is no path (Windows refuses its "://" as one).
    @Option(names = "--db", paramLabel = "FILE", description = "Database file, or a server's address"
            + " (default: PAYUNG_DB or the user's data folder).")
    String db;
}
