import { describe, expect, it } from 'vitest';
import { serveFloorPages } from './floor-pages';

describe('floor pages', () => {
  it('serve the start-up and typing floors with the given headers, the text escaped', async () => {
    const floor = await serveFloorPages({ 'X-Test': 'yes' }, 'a <b> & c');
    try {
      const startup = await fetch(`${floor.url}/`);
      expect(startup.headers.get('x-test')).toBe('yes');
      expect(await startup.text()).toContain('src="/floor.js"');
      expect(await (await fetch(`${floor.url}/floor.js`)).text()).toContain("'entry-row'");
      const typing = await (await fetch(`${floor.url}/typing/`)).text();
      expect(typing).toContain('<label for="text">What happened</label>');
      expect(typing).toContain('<textarea id="text">a &lt;b&gt; &amp; c</textarea>');
      expect((await fetch(`${floor.url}/elsewhere`)).status).toBe(404);
    } finally {
      await floor.close();
    }
  });
});
