import { describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../shared/ipc';
import { PrintRequestSchema } from '../shared/print-request';
import { exportPdf, type PdfExportDeps, type PrintWindowLike } from './pdf-export';

const request = PrintRequestSchema.parse({
  storyIds: ['3f2a9c1e-0000-4000-8000-000000000001'],
  options: { redactions: ['Acme = a client'], pageSize: 'Letter' },
});
const pdfBytes = new Uint8Array([37, 80, 68, 70]);

function fakeWindow(states: string[], error = ''): PrintWindowLike & { destroyed: boolean } {
  const queue = [...states];
  const window = {
    destroyed: false,
    webContents: {
      executeJavaScript: vi.fn(async (code: string) =>
        code.includes('printError') ? error : (queue.shift() ?? 'ready'),
      ),
      printToPDF: vi.fn(async () => pdfBytes),
    },
    destroy: () => void (window.destroyed = true),
  };
  return window;
}

function deps(window: PrintWindowLike, overrides: Partial<PdfExportDeps> = {}): PdfExportDeps & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    openPrintWindow: async (url) => {
      urls.push(url);
      return window;
    },
    chooseSavePath: async () => '/home/me/Documents/Story.pdf',
    writeFile: vi.fn(async () => undefined),
    sleep: async () => undefined,
    ...overrides,
  };
}

describe('PDF export (main process)', () => {
  it('prints the print view it builds itself, saves where the person chose, and closes the window', async () => {
    const window = fakeWindow(['loading', 'loading', 'ready']);
    const io = deps(window);
    expect(await exportPdf({ request, fileName: 'Story' }, io)).toEqual({
      saved: true,
      path: '/home/me/Documents/Story.pdf',
    });
    expect(io.urls).toEqual([
      'app://hindsight/index.html?variant=sheet&followUps=1&size=Letter&redact=Acme%20%3D%20a%20client#/stories/3f2a9c1e-0000-4000-8000-000000000001/print',
    ]);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter', printBackground: true, generateDocumentOutline: true }),
    );
    expect(io.writeFile).toHaveBeenCalledWith('/home/me/Documents/Story.pdf', pdfBytes);
    expect(window.destroyed).toBe(true);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const io = deps(fakeWindow(['ready']), { chooseSavePath: async () => null });
    expect(await exportPdf({ request, fileName: 'Story.pdf' }, io)).toEqual({ saved: false });
    expect(io.writeFile).not.toHaveBeenCalled();
  });

  it('reports a write failure instead of swallowing it', async () => {
    const io = deps(fakeWindow(['ready']), {
      writeFile: async () => {
        throw new Error('EACCES: permission denied');
      },
    });
    await expect(exportPdf({ request, fileName: 'Story' }, io)).rejects.toThrow(
      /could not be saved to \/home\/me\/Documents\/Story\.pdf: EACCES/,
    );
  });

  it('passes on why the print view refused (a trashed story) and never asks where to save', async () => {
    const window = fakeWindow(['error'], 'This story is in the Trash: restore it before exporting it.');
    const chooseSavePath = vi.fn(async () => '/x.pdf');
    await expect(exportPdf({ request, fileName: 'Story' }, deps(window, { chooseSavePath }))).rejects.toThrow(
      /in the Trash/,
    );
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
  });

  it('gives up on a print view that never renders', async () => {
    const window = fakeWindow(Array.from({ length: 1000 }, () => 'loading'));
    await expect(exportPdf({ request, fileName: 'Story' }, deps(window))).rejects.toThrow(/too long/);
    expect(window.destroyed).toBe(true);
  });
});

describe('pdf.export contract', () => {
  const input = ipcContract['pdf.export'].input;
  const valid = { request: { storyIds: ['abc-123'], options: {} }, fileName: 'My story' };

  it('accepts a plain request', () => {
    expect(input.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an id that could bend the URL', { ...valid, request: { ...valid.request, storyIds: ['../../etc#x'] } }],
    ['no story', { ...valid, request: { ...valid.request, storyIds: [] } }],
    [
      '21 stories',
      { ...valid, request: { ...valid.request, storyIds: Array.from({ length: 21 }, (_, i) => `id-${i}`) } },
    ],
    ['a path as file name', { ...valid, fileName: '../../.bashrc' }],
    ['a folder in the file name', { ...valid, fileName: 'C:\\Windows\\evil' }],
    ['a control character', { ...valid, fileName: 'a\u0000b' }],
    ['an unknown option', { ...valid, request: { ...valid.request, options: { script: 'x' } } }],
    ['an unknown key', { ...valid, path: '/etc/passwd' }],
  ])('refuses %s', (_name, payload) => {
    expect(input.safeParse(payload).success).toBe(false);
  });
});
