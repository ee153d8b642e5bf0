package dev.detour.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import picocli.CommandLine;

/**
 * Builds a new store with Neo4j's own batch importer ({@code neo4j-admin database import full}),
 * while no Neo4j runs on it.
 *
 * <p>Arguments: {@code <homeDir> [import options …]}: the store is written to {@code
 * <homeDir>/data}, laid out as the embedded launcher expects; the options are those of {@code
 * neo4j-admin database import full}. The CSV input is read through {@link EmptyListsInput}. The
 * importer prints its progress on stdout; the exit code is 0 when the store is complete. Like the
 * launcher, it exits when its standard input closes, so a parent that dies leaves no JVM behind
 * (the half-built store is in a staging directory its parent removes).
 */
public final class BulkImport {
  /** The exit code when the parent went away (the importer's own failures exit with 1 or 70). */
  static final int PARENT_GONE = 3;

  /** Starts each line on stderr that names why the import failed. */
  static final String ERROR = "DETOUR_IMPORT_ERROR ";

  private BulkImport() {}

  /** neo4j-admin's full import, with the input read through {@link EmptyListsInput}. */
  static final class Command extends ImportCommand.Full {
    Command(ExecutionContext context) {
      super(context);
    }

    @Override
    protected void doImport(
        FileSystemAbstraction fs,
        DatabaseLayout layout,
        Config config,
        JobScheduler jobScheduler,
        InternalLogProvider logProvider,
        PageCacheTracer pageCacheTracer,
        CursorContextFactory contextFactory,
        Configuration importConfig,
        LogService logService,
        PrintStream out,
        PrintStream err,
        boolean verbose,
        Collector collector,
        MemoryTracker memoryTracker,
        Input input)
        throws IOException {
      try {
        importWith(
            fs,
            layout,
            config,
            jobScheduler,
            logProvider,
            pageCacheTracer,
            contextFactory,
            importConfig,
            logService,
            out,
            err,
            verbose,
            collector,
            memoryTracker,
            input);
      } catch (IOException | RuntimeException | Error e) {
        // Without --verbose the importer only says "Error in input data"; name the record.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          err.println(ERROR + cause.getMessage());
        }
        throw e;
      }
    }

    private void importWith(
        FileSystemAbstraction fs,
        DatabaseLayout layout,
        Config config,
        JobScheduler jobScheduler,
        InternalLogProvider logProvider,
        PageCacheTracer pageCacheTracer,
        CursorContextFactory contextFactory,
        Configuration importConfig,
        LogService logService,
        PrintStream out,
        PrintStream err,
        boolean verbose,
        Collector collector,
        MemoryTracker memoryTracker,
        Input input)
        throws IOException {
      super.doImport(
          fs,
          layout,
          config,
          jobScheduler,
          logProvider,
          pageCacheTracer,
          contextFactory,
          importConfig,
          logService,
          out,
          err,
          verbose,
          collector,
          memoryTracker,
          new EmptyListsInput(input));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: BulkImport <homeDir> <neo4j-admin database import full options …>");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = home.resolve("conf");
    Files.createDirectories(conf);
    watchParent(System.in);
    // The importer gets no stdin of its own: it closes its context's streams when it fails, and stdin
    // is how this process learns that its parent died.
    ExecutionContext context =
        new ExecutionContext(
            home,
            conf,
            System.out,
            System.err,
            InputStream.nullInputStream(),
            new DefaultFileSystemAbstraction());
    int code =
        new CommandLine(new Command(context)).execute(Arrays.copyOfRange(args, 1, args.length));
    System.out.flush();
    System.err.flush();
    // Not System.exit: after a failed import a shutdown hook of Neo4j's can wait indefinitely; the
    // importer has closed the store by now, and a failed one is thrown away anyway.
    Runtime.getRuntime().halt(code);
  }

  /** Exits at once when stdin reaches EOF: the parent went away, and nobody wants the store. */
  private static void watchParent(InputStream in) {
    Thread watcher =
        new Thread(
            () -> {
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // The parent never writes; reading only detects the pipe closing.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same thing as EOF.
              }
              Runtime.getRuntime().halt(PARENT_GONE);
            },
            "detour-import-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }
}
