// The start-up floor: the same measurement on a page that only adds one journal row from a
// module script, served with the app's headers. It is what start-up costs in this harness
// (a new tab, its renderer, Playwright's hooks) before any of the app's own work.
import { createServer, type OutgoingHttpHeaders } from 'node:http';

const pages: Record<string, { type: string; body: string }> = {
  '/': {
    type: 'text/html',
    body: '<!doctype html><html lang="en"><title>Floor</title><script type="module" src="./floor.js"></script></html>',
  },
  '/floor.js': {
    type: 'text/javascript',
    body: "const row = document.createElement('div'); row.className = 'entry-row'; row.textContent = 'A setback'; document.body.append(row);",
  },
};

/** Serves the floor page on a free port; `close` stops the server. */
export async function serveStartupFloor(
  headers: OutgoingHttpHeaders,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { ...headers, 'Content-Type': page.type }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The floor page has no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
