// A throwaway Neo4j 5.26 Community server for development, tests and CI (no Docker needed).
// Started by tools/neo4j/server.ts with Java's source launcher; see that file for the protocol:
// it prints one "ATLAS_NEO4J_READY <bolt-uri>" line once Bolt accepts connections, and closes the
// database (deleting its working directory) on SIGTERM.
import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

public class AtlasNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: AtlasNeo4j <working-dir> <bolt-port> [max-transaction-bytes]");
            System.exit(2);
        }
        Path workDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer() // Bolt only: the HTTP API and Browser are not needed here
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // Auth on, as in production: the starter replaces the initial password.
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // The read-only console's last line of defence, in the server itself:
                // no LOAD CSV from file: URLs (and no import directory to read from),
                .withConfig(GraphDatabaseSettings.allow_file_urls, false)
                // no plugin procedures or functions beyond these (built-ins are not plugins),
                .withConfig(GraphDatabaseSettings.procedure_allowlist, List.of(
                        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*",
                        "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
                        "dbms.components", "db.awaitIndexes", "db.clearQueryCaches"))
                // and no transaction may hold more than this much memory (the whole seed loads in ~50 MB;
                // the 500,000-relationship benchmark in one transaction needs the most).
                .withConfig(GraphDatabaseSettings.memory_transaction_max_size, Long.parseLong(args.length > 2 ? args[2] : "1073741824"))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println("ATLAS_NEO4J_READY " + neo4j.boltURI());
        System.out.flush();
        Thread.currentThread().join();
    }
}
