import { join } from "node:path";
const root = process.cwd();
const { syntheticDataset } = await import(join(root, "src/bench/synthetic.ts"));
const { createApp } = await import(join(root, "src/server/app.ts"));
const { MemoryStore } = await import(join(root, "src/store/memory/store.ts"));
const { launchChromium } = await import(join(root, "tests/helpers/browser.ts"));
const { listen } = await import(join(root, "tests/helpers/http.ts"));
const browser = await launchChromium();
for (const f of [1, 13, 55]) {
const dataset = syntheticDataset(f);
const server = await listen(createApp({ store: new MemoryStore(dataset), webDir: join(root, "dist"), log: () => {} }));
for (let i = 0; i < 2; i++) {
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}/?expose`);
await page.waitForFunction(() => (window as any).__firstFrame !== undefined, undefined, { timeout: 300000 });
console.log(f, await page.evaluate(() => { const w = window as any; const g = performance.getEntriesByType("resource").find((e) => e.name.includes("/api/graph")) as PerformanceResourceTiming; return JSON.stringify({ graphEnd: Math.round(g.responseEnd), drawStart: Math.round(w.__drawStart), created: Math.round(w.__sigmaCreated), first: Math.round(w.__firstFrame) }); }));
await page.close();
}
await server.close();
}
await browser.close();
