import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** A built site served on a loopback port, as a reader's browser would fetch it (a missing file is a 404). */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const handler = sirv(dir, { dev: false });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
