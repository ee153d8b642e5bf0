package dev.detour.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1.
 *
 * <p>Arguments: {@code <dataDir> <boltPort> <pageCacheMiB> <txTimeoutSeconds> [pluginDir]}; with a
 * plugin directory (APOC core, for the benchmark) its jars' procedures load and {@code apoc.*} runs
 * unrestricted, as on a server with APOC installed. Prints exactly one
 * line {@code DETOUR_NEO4J_READY bolt://127.0.0.1:<port>} on stdout once the database answers, and
 * shuts down cleanly on SIGTERM/SIGINT. It also exits when its standard input closes, so that a
 * parent process that dies (even by SIGKILL) never leaves a JVM behind.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4 && args.length != 5) {
      System.err.println(
          "usage: Launcher <dataDir> <boltPort> <pageCacheMiB> <txTimeoutSeconds> [pluginDir]");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    long txTimeoutSeconds = Long.parseLong(args[3]);

    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds));
    if (args.length == 5) {
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[4]).toAbsolutePath())
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
    }
    DatabaseManagementService dbms = builder.build();

    Thread stop = new Thread(dbms::shutdown, "detour-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);

    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("DETOUR_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    watchParent(System.in);
  }

  /** Blocks until stdin reaches EOF (the parent went away), then exits, which runs the hook. */
  private static void watchParent(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; reading only detects the pipe closing.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same thing as EOF.
    }
    System.exit(0);
  }
}
