package id.payung.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Payung's log: a file in the data folder ({@code logs/payung.0.log}, rolling over five files of 1 MB) that
 * a clerk can send when something goes wrong; a second Payung running at the same time writes
 * {@code payung.0.log.1} (java.util.logging's lock), and {@link #current()} names the file this process writes. Written with java.util.logging under the logger
 * {@code id.payung}; every line passes {@link Masked#niks}, so a NIK is never written whole (an error
 * message may quote a cell of a name list). Nothing goes to the console: the command line's output stays
 * its own. Until {@link #install} runs (tests, tools), Payung's log records go nowhere.
 */
public final class LogFile {
    /** The file name; {@code %g} is the generation, 0 the newest. */
    public static final String PATTERN = "payung.%g.log";
    public static final int LIMIT_BYTES = 1024 * 1024;
    public static final int FILES = 5;

    /** Held here so the configuration below is not lost to garbage collection (JUL keeps loggers weakly). */
    private static final Logger ROOT = Logger.getLogger("id.payung");
    private static Handler handler;
    private static volatile Path file;

    static {
        ROOT.setUseParentHandlers(false);
    }

    private LogFile() {
    }

    /**
     * The logger for one part of Payung ({@code id.payung.<part>}), writing to the log file once installed;
     * while the file is being installed in the background, it waits for that (so no record is lost).
     */
    public static Logger logger(String part) {
        awaitInstalled();
        return Logger.getLogger(ROOT.getName() + "." + part);
    }

    /**
     * The installation (or the start line after it, see {@link #startUpInBackground}) running in the
     * background, until someone has waited for it.
     */
    private static final AtomicReference<Thread> installing = new AtomicReference<>();
    private static final Object QUEUE = new Object();

    /**
     * {@link #installDefault(Level)} on a thread of its own: java.util.logging's start and the file cost about
     * 60 ms, which the window's first frame and a command's answer need not wait for. The first
     * {@link #logger} call waits for it (at most 2 s).
     */
    public static void installDefaultInBackground(Level level) {
        installInBackground(() -> installDefault(level));
    }

    /** {@link #install} in {@code folder} on a thread of its own, as {@link #installDefaultInBackground}. */
    public static void installInBackground(Path folder, Level level) {
        installInBackground(() -> {
            try {
                install(folder, level, LIMIT_BYTES, FILES);
            } catch (UncheckedIOException e) {
                System.err.println("payung: no log file: " + e.getMessage());
            }
        });
    }

    private static void installInBackground(Runnable install) {
        Thread t = new Thread(install, "payung-log");
        t.setDaemon(true);
        synchronized (QUEUE) {
            t.start();
            installing.set(t); // started first: whoever waits for it joins a running thread
        }
    }

    private static void awaitInstalled() {
        Thread t = installing.get();
        if (t != null && t != Thread.currentThread()) {
            join(t);
            installing.compareAndSet(t, null);
        }
    }

    private static void join(Thread t) {
        if (t != null) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The folder of the log for this user: {@code logs} in the data folder (where the database lives by default). */
    public static Path defaultFolder() {
        return DataFolder.folder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .resolve("logs");
    }

    /**
     * Writes Payung's log records from {@code level} up to files in {@code folder} (made owner-only if
     * missing), rolling over {@code files} files of {@code limitBytes}. Replaces an earlier installation.
     *
     * @return the file now written
     * @throws UncheckedIOException when the folder or file cannot be made
     */
    public static synchronized Path install(Path folder, Level level, int limitBytes, int files) {
        try {
            if (!Files.isDirectory(folder)) {
                id.payung.store.OwnerOnly.createDirectories(folder);
            }
            FileHandler next = new FileHandler(folder.resolve(PATTERN).toString().replace("\\", "/"), limitBytes,
                    files, true);
            next.setEncoding("UTF-8");
            next.setFormatter(new MaskingFormatter());
            next.setLevel(Level.ALL);
            Path written = fileOf(next, folder);
            closeHandler();
            handler = next;
            ROOT.addHandler(next);
            ROOT.setLevel(level);
            file = written;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** How many processes java.util.logging numbers apart when they share the folder (its own limit). */
    private static final int MAX_UNIQUE = 100;

    /**
     * The file {@code handler} writes: {@code payung.0.log}, or — when another process (a second Payung, a
     * command) holds that file's lock — the one java.util.logging chose instead ({@code payung.0.log.1}, …),
     * which it does not tell. Found by a first line only this handler writes, naming this process.
     */
    private static Path fileOf(FileHandler handler, Path folder) {
        String mark = "log of process " + ProcessHandle.current().pid() + " (" + java.util.UUID.randomUUID() + ")";
        LogRecord first = new LogRecord(Level.CONFIG, mark);
        first.setLoggerName(ROOT.getName() + ".log");
        handler.publish(first);
        handler.flush();
        for (int unique = 0; unique <= MAX_UNIQUE; unique++) {
            // The mark is in generation 0, or in 1 when the file was full and rolled over right after it.
            for (int generation = 0; generation <= 1; generation++) {
                if (endsWithMark(folder.resolve(name(generation, unique)), mark)) {
                    return folder.resolve(name(0, unique));
                }
            }
        }
        return folder.resolve(name(0, 0));
    }

    /** The name java.util.logging gives generation {@code generation} of process number {@code unique}. */
    static String name(int generation, int unique) {
        return PATTERN.replace("%g", String.valueOf(generation)) + (unique == 0 ? "" : "." + unique);
    }

    private static boolean endsWithMark(Path candidate, String mark) {
        if (!Files.isRegularFile(candidate)) {
            return false;
        }
        try (java.nio.channels.SeekableByteChannel in = Files.newByteChannel(candidate)) {
            long size = in.size();
            int tail = (int) Math.min(size, 4096);
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(tail);
            in.position(size - tail);
            while (bytes.hasRemaining() && in.read(bytes) > 0) {
                // reads the last bytes, where this process's mark was just written
            }
            return new String(bytes.array(), 0, bytes.position(), java.nio.charset.StandardCharsets.UTF_8).contains(mark);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@link #install(Path, Level, int, int)} in {@link #defaultFolder()} with five files of 1 MB; a log that
     * cannot be written (a read-only home) is no reason not to start: then there is none.
     */
    public static void installDefault(Level level) {
        try {
            install(defaultFolder(), level, LIMIT_BYTES, FILES);
        } catch (UncheckedIOException | SecurityException e) {
            System.err.println("payung: no log file: " + e.getMessage());
        }
    }

    /** From now on only records from {@code level} up are written (the command line: errors after start-up). */
    public static void setLevel(Level level) {
        ROOT.setLevel(level);
    }

    /** Closes the file (flushing it); Payung's records go nowhere afterwards. */
    public static void uninstall() {
        awaitInstalled();
        closeHandler();
    }

    private static synchronized void closeHandler() {
        if (handler != null) {
            ROOT.removeHandler(handler);
            handler.close();
            handler = null;
            file = null;
        }
    }

    /** The log file being written, or null when there is none. */
    public static Path current() {
        awaitInstalled();
        return file;
    }

    /**
     * {@link #startUp} at level INFO, then only records from {@code then} up (the command line: its errors), on
     * a thread of its own once the log file is installed: the file, java.util.logging's formatting and the NIK
     * mask (~0,1 s of a command's start on a 2-core PC) are not on the command's way. Every later record
     * ({@link #logger}) and {@link #awaitWritten} wait for it, so the start line is always the first.
     */
    public static void startUpInBackground(String version, String face, Object database, Level then) {
        synchronized (QUEUE) {
            Thread before = installing.get();
            Thread t = new Thread(() -> {
                join(before); // after the installation (or an earlier start line) under way, never before it
                ROOT.setLevel(Level.INFO);
                startLine(version, face, database);
                ROOT.setLevel(then);
            }, "payung-log-start");
            t.setDaemon(true);
            t.start();
            installing.set(t);
        }
    }

    /** Waits (at most 2 s) for what is being written in the background: before the process ends. */
    public static void awaitWritten() {
        awaitInstalled();
    }

    /** Writes what the file was written by: Payung's version and face, the database, Java and the system. */
    public static void startUp(String version, String face, Object database) {
        awaitInstalled();
        startLine(version, face, database);
    }

    private static void startLine(String version, String face, Object database) {
        Logger.getLogger(ROOT.getName() + ".startup").info(() -> "Payung " + version + " (" + face + "), database " + database
                + ", Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + (System.getProperty("javafx.runtime.version") == null ? ""
                        : ", JavaFX " + System.getProperty("javafx.runtime.version"))
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap");
    }

    /** One line per record (time, level, thread, logger, message), then the stack trace; NIKs masked. */
    static final class MaskingFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ').append(r.getLevel().getName())
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return Masked.niks(b.toString());
        }
    }
}
