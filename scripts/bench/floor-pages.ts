// Floors: the bench's own measurements on pages that do nothing but the thing measured,
// served with the app's headers. They show what a figure costs in this harness (a new tab,
// its renderer, Playwright's hooks, Chromium's text editing, the frame) before any of the
// app's own work.
import { createServer, type OutgoingHttpHeaders } from 'node:http';

/** Escapes text for HTML element content. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pagesFor(longText: string): Record<string, { type: string; body: string }> {
  return {
    // Start-up: one module script that adds one journal row.
    '/': {
      type: 'text/html',
      body: '<!doctype html><html lang="en"><title>Floor</title><script type="module" src="/floor.js"></script></html>',
    },
    '/floor.js': {
      type: 'text/javascript',
      body: "const row = document.createElement('div'); row.className = 'entry-row'; row.textContent = 'A setback'; document.body.append(row);",
    },
    // Typing: a bare textarea holding the long entry's text, sized and set like the app's.
    '/typing/': {
      type: 'text/html',
      body: `<!doctype html><html lang="en"><title>Floor</title><link rel="stylesheet" href="/typing.css">
<label for="text">What happened</label><textarea id="text">${escapeHtml(longText)}</textarea></html>`,
    },
    '/typing.css': {
      type: 'text/css',
      body: `body { max-width: 700px; margin: 2rem auto; font: 15px/1.55 system-ui, sans-serif; }
textarea { display: block; width: 100%; box-sizing: border-box; padding: 0.55rem 0.7rem; font: 1.02rem/1.6 Georgia, serif;
  field-sizing: content; min-height: 5.5rem; max-height: 60vh; border: 1px solid #ccc; border-radius: 8px; }`,
    },
  };
}

/**
 * Serves the floor pages on a free port: `url` for start-up, `${url}/typing` for typing
 * (`longText` is the text typed into). `close` stops the server.
 */
export async function serveFloorPages(
  headers: OutgoingHttpHeaders,
  longText: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const pages = pagesFor(longText);
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { ...headers, 'Content-Type': page.type }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The floor pages have no port.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
