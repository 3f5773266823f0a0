/**
 * A TCP proxy on loopback that can be cut and restored: the server under test talks to Neo4j
 * through it, so a test can take Neo4j "down" (connections refused and severed) and bring it back
 * at the same address without restarting the database. `freeze` models a paused server
 * (SIGSTOP): connections stay open and accept bytes, but nothing comes back until `thaw`.
 */
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  freeze(): void;
  thaw(): void;
  /** Cut (and refuse new connections) once clients have sent this many bytes in all: Neo4j dying mid-load. */
  cutAfterBytes(bytes: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const upstreams = new Set<Socket>();
  let frozen = false;
  let sent = 0;
  let cutAt = Number.POSITIVE_INFINITY;
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection(targetPort, targetHost);
        sockets.add(client).add(upstream);
        upstreams.add(upstream);
        client.on("data", (chunk: Buffer) => {
          sent += chunk.length;
          if (sent >= cutAt) {
            cutAt = Number.POSITIVE_INFINITY;
            void shut();
          }
        });
        client.pipe(upstream).pipe(client);
        if (frozen) upstream.pause();
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
          upstreams.delete(upstream);
        };
        client.on("error", drop).on("close", drop);
        upstream.on("error", drop).on("close", drop);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server?.address();
        port = typeof address === "object" && address ? address.port : port;
        resolve();
      });
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (server) server.close(() => resolve());
      else resolve();
      server = undefined;
    });
  await open();
  const freeze = () => {
    frozen = true;
    for (const u of upstreams) u.pause();
  };
  const thaw = () => {
    frozen = false;
    for (const u of upstreams) u.resume();
  };
  const cutAfterBytes = (bytes: number) => {
    cutAt = sent + bytes;
  };
  return { port, cut: shut, restore: open, close: shut, freeze, thaw, cutAfterBytes };
}
