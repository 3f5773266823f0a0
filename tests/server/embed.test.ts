/** Embeds and citations over real HTTP: framing headers, bad parameters, the "How to cite" block, the setting. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/dataset/build.ts";
import { datasetHash } from "../../src/dataset/hash.ts";
import { ATLAS_VERSION } from "../../src/release/citation.ts";
import { createApp } from "../../src/server/app.ts";
import { readServerConfig, ServerConfigError } from "../../src/server/config.ts";
import { MemoryStore } from "../../src/store/memory/store.ts";
import { listen, type RunningServer } from "../helpers/http.ts";

const dataset = loadDataset();
let server: RunningServer;
beforeAll(async () => {
  server = await listen(
    createApp({ store: new MemoryStore(dataset), embedFrameAncestors: "https://ministry.example.org 'self'", log: () => {} }),
  );
});
afterAll(() => server?.close());

describe("embed framing", () => {
  it("an embed may be framed by the configured sites; a profile page keeps X-Frame-Options DENY and frame-ancestors 'none'", async () => {
    const embed = await fetch(`${server.url}/embed/state/MDA`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get("x-frame-options")).toBeNull();
    expect(embed.headers.get("content-security-policy")).toMatch(/frame-ancestors https:\/\/ministry\.example\.org 'self'$/);
    const profile = await fetch(`${server.url}/state/MDA`);
    expect(profile.headers.get("x-frame-options")).toBe("DENY");
    expect(profile.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("answers 400 for a bad asOf or a wrong number of ISCMs and 404 for an unknown id, naming the parameter", async () => {
    const overlap = await fetch(`${server.url}/embed/overlap?iscms=prague-process`);
    expect(overlap.status).toBe(400);
    expect(await overlap.text()).toContain("iscms &quot;prague-process&quot;: give two or three ISCM ids");
    const date = await fetch(`${server.url}/embed/footprint/prague-process?asOf=June`);
    expect(date.status).toBe(400);
    expect(await date.text()).toContain("asOf &quot;June&quot;");
    expect((await fetch(`${server.url}/embed/footprint/no-such-process`)).status).toBe(404);
    expect((await fetch(`${server.url}/embed/state/prague-process`)).status).toBe(404);
  });

  it("follows asOf: the Belarus card says member of the EaP Panel in 2020 and suspended in 2022", async () => {
    const in2020 = await (await fetch(`${server.url}/embed/state/BLR?asOf=2020`)).text();
    const in2022 = await (await fetch(`${server.url}/embed/state/BLR?asOf=2022`)).text();
    // Four: the Söderköping Process merged in 2011, and its memberships ended with it.
    expect(in2020).toMatch(/Member of ISCMs \(4\)[\s\S]*Eastern Partnership Panel/);
    expect(in2020).not.toContain("Suspended from");
    expect(in2022).toMatch(/Suspended from \(1\)[\s\S]*Eastern Partnership Panel/);
    expect(in2022).toContain("data as of 2022-12-31");
  });

  it("the setting is checked at start: a value that is not a source list is refused with its name", () => {
    expect(() => readServerConfig({ ATLAS_EMBED_FRAME_ANCESTORS: "javascript:alert(1)" })).toThrow(ServerConfigError);
    expect(() => readServerConfig({ ATLAS_EMBED_FRAME_ANCESTORS: "javascript:alert(1)" })).toThrow(
      /ATLAS_EMBED_FRAME_ANCESTORS must be CSP frame-ancestors sources/,
    );
    expect(readServerConfig({}).ATLAS_EMBED_FRAME_ANCESTORS).toBe("*");
  });
});

describe("How to cite", () => {
  it("a profile page has the citation line with version, dataset hash, day and its own URL", async () => {
    const html = await (await fetch(`${server.url}/iscm/prague-process?asOf=2019-06`)).text();
    expect(html).toContain('<h2 id="how-to-cite">How to cite</h2>');
    expect(html).toContain(
      `ISCM Atlas ${ATLAS_VERSION} (dataset ${datasetHash(dataset)}), data as of 2019-06-30, ${server.url}/iscm/prague-process?asOf=2019-06`,
    );
  });
});
