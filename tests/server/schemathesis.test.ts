/** The OpenAPI document says what the API does: Schemathesis, every check, on the embedded store. */
import { afterAll, beforeAll, describe, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { createApp } from "../../src/server/app.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";
import { expectSchemathesisPasses } from "../helpers/schemathesis.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await listen(createApp({ store: new MemoryStore(loadDataset()), log: () => {} }));
});
afterAll(() => server.close());

describe("Schemathesis on the embedded store", () => {
  it("finds no failure with --checks all", async () => {
    await expectSchemathesisPasses(server.url, 60);
  }, 240_000);
});
