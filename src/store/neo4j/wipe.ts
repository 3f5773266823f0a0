import type { Driver } from "neo4j-driver";

/**
 * Deletes every node and relationship, in auto-commit batches so a large graph goes too.
 * For benchmarks and tests only: the loader never wipes (it MERGEs, and --reset removes only
 * the atlas's own labels and types).
 */
export async function wipeDatabase(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
