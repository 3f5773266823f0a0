// A throwaway Neo4j 5.26 Community server for development, tests and CI (no Docker needed).
// Started by tools/neo4j/local.ts (through supervise.mjs) with Java's source launcher: it prints
// one "ATLAS_NEO4J_READY <bolt-uri>" line once Bolt accepts connections, and closes the database
// on SIGTERM. Its data lives in <working-dir>/data, so a restart after a crash keeps the graph.
//
// Settings come from the environment (never the command line, which `ps` shows to everyone):
//   ATLAS_NEO4J_PASSWORD      the neo4j user's password, set before the first start (required)
//   ATLAS_NEO4J_TX_MEMORY     bytes one transaction may hold (db.memory.transaction.max)
//   ATLAS_NEO4J_TX_TOTAL      bytes all transactions together may hold (dbms.memory.transaction.total.max)
//   ATLAS_NEO4J_TX_TIMEOUT_S  seconds a transaction may run, whatever its client asks (db.transaction.timeout)
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;

public class AtlasNeo4j {
    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            if (fallback == null) {
                System.err.println("AtlasNeo4j: " + name + " is not set");
                System.exit(2);
            }
            return fallback;
        }
        return value;
    }

    /**
     * What `neo4j-admin dbms set-initial-password` does: the neo4j user's password goes into
     * data/dbms/auth.ini before the system database first starts, so Bolt never accepts the
     * default password — a client that connects early (an app retrying) cannot lock the account.
     */
    private static void setInitialPassword(Path dataDir, String password) throws Exception {
        Path authFile = dataDir.resolve("dbms").resolve("auth.ini");
        Files.createDirectories(authFile.getParent());
        Files.deleteIfExists(authFile);
        FileUserRepository users = new FileUserRepository(
                new DefaultFileSystemAbstraction(), authFile, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        users.start();
        SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                password.getBytes(java.nio.charset.StandardCharsets.UTF_8), new SecureHasher());
        users.create(new User("neo4j", null, credential, false, false));
        users.shutdown();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: AtlasNeo4j <working-dir> <bolt-port>   (settings in ATLAS_NEO4J_* variables)");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path dataDir = workDir.resolve("data");
        // A first start: the password before anything listens. A restart keeps its users and data.
        if (!Files.exists(dataDir.resolve("databases").resolve("system"))) {
            setInitialPassword(dataDir, env("ATLAS_NEO4J_PASSWORD", null));
        }
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer() // Bolt only: the HTTP API and Browser are not needed here
                .withConfig(GraphDatabaseSettings.data_directory, dataDir)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // Auth on, as in production, with the password set above.
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // The read-only console's last line of defence, in the server itself:
                // no LOAD CSV from file: URLs (and no import directory to read from),
                .withConfig(GraphDatabaseSettings.allow_file_urls, false)
                // no plugin procedures or functions beyond these (built-ins are not plugins),
                .withConfig(GraphDatabaseSettings.procedure_allowlist, List.of(
                        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*",
                        "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
                        "dbms.components", "db.awaitIndexes", "db.clearQueryCaches"))
                // no transaction may hold more than this much memory (the whole seed loads in ~50 MB;
                // the 500,000-relationship benchmark in one transaction needs the most),
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size,
                        Long.parseLong(env("ATLAS_NEO4J_TX_MEMORY", "536870912")))
                // all of them together less than the heap, so tracked allocations fail before the heap does,
                .withConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        Long.parseLong(env("ATLAS_NEO4J_TX_TOTAL", "1073741824")))
                // and none runs longer than this, whatever its client asked for.
                .withConfig(GraphDatabaseSettings.transaction_timeout,
                        Duration.ofSeconds(Long.parseLong(env("ATLAS_NEO4J_TX_TIMEOUT_S", "60"))))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println("ATLAS_NEO4J_READY " + neo4j.boltURI());
        System.out.flush();
        Thread.currentThread().join();
    }
}
