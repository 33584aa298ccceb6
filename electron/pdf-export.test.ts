import { describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../shared/ipc';
import { exportPdf, type PdfExportDeps, type PrintWindowLike } from './pdf-export';
import { createPrintJobs } from './print-jobs';
import { jobFor, storyWithId } from './test-support/print-jobs';

const job = jobFor({
  storyIds: ['3f2a9c1e-0000-4000-8000-000000000001'],
  options: { redactions: ['Acme = a client'], pageSize: 'Letter' },
});
const pdfBytes = new Uint8Array([37, 80, 68, 70]);

function fakeWindow(states: string[], error = '') {
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

function deps(
  window: PrintWindowLike,
  overrides: Partial<PdfExportDeps> = {},
): PdfExportDeps & { urls: string[]; jobs: ReturnType<typeof createPrintJobs> } {
  const urls: string[] = [];
  const jobs = createPrintJobs();
  return {
    urls,
    jobs,
    printJobs: jobs,
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
  it('hands the job to a print view named only by its token, saves where the person chose, and closes the window', async () => {
    const window = fakeWindow(['loading', 'loading', 'ready']);
    const io = deps(window);
    let handed: string | null = null;
    window.webContents.executeJavaScript.mockImplementationOnce(async () => {
      // What the print view fetches, by the token in its URL; a second fetch gets nothing.
      const token = new URL(io.urls[0]!).searchParams.get('job')!;
      handed = io.jobs.take(token);
      expect(io.jobs.take(token)).toBeNull();
      return 'loading';
    });
    expect(await exportPdf({ job, fileName: 'Story' }, io)).toEqual({
      saved: true,
      path: '/home/me/Documents/Story.pdf',
    });
    expect(io.urls).toEqual([
      expect.stringMatching(
        /^app:\/\/hindsight\/index\.html\?job=[0-9a-f]{32}#\/stories\/3f2a9c1e-0000-4000-8000-000000000001\/print$/,
      ),
    ]);
    expect(JSON.parse(handed ?? 'null')).toEqual(job);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter', printBackground: true, generateDocumentOutline: true }),
    );
    expect(io.writeFile).toHaveBeenCalledWith('/home/me/Documents/Story.pdf', pdfBytes);
    expect(window.destroyed).toBe(true);
  });

  it('names no story text, redaction or company in the print view URL', async () => {
    const pack = jobFor({
      storyIds: ['a-1', 'b-2'],
      options: { redactions: ['Priya'] },
      pack: { company: 'Contoso', role: 'Head of Platform' },
    });
    const io = deps(fakeWindow(['ready']));
    await exportPdf({ job: pack, fileName: 'Pack' }, io);
    expect(io.urls[0]).toMatch(/^app:\/\/hindsight\/index\.html\?job=[0-9a-f]{32}#\/pack\/print$/);
  });

  it('forgets the job once the export is over, even when the window fails to load', async () => {
    const io = deps(fakeWindow(['ready']), {
      openPrintWindow: async (url) => {
        io.urls.push(url);
        throw new Error('did not load');
      },
    });
    await expect(exportPdf({ job, fileName: 'Story' }, io)).rejects.toThrow(/did not load/);
    expect(io.jobs.take(new URL(io.urls[0]!).searchParams.get('job')!)).toBeNull();
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const io = deps(fakeWindow(['ready']), { chooseSavePath: async () => null });
    expect(await exportPdf({ job, fileName: 'Story.pdf' }, io)).toEqual({ saved: false });
    expect(io.writeFile).not.toHaveBeenCalled();
  });

  it('reports a write failure instead of swallowing it', async () => {
    const io = deps(fakeWindow(['ready']), {
      writeFile: async () => {
        throw new Error('EACCES: permission denied');
      },
    });
    await expect(exportPdf({ job, fileName: 'Story' }, io)).rejects.toThrow(
      /could not be saved to \/home\/me\/Documents\/Story\.pdf: EACCES/,
    );
  });

  it('passes on why the print view refused (a trashed story) and never asks where to save', async () => {
    const window = fakeWindow(['error'], 'This story is in the Trash: restore it before exporting it.');
    const chooseSavePath = vi.fn(async () => '/x.pdf');
    await expect(exportPdf({ job, fileName: 'Story' }, deps(window, { chooseSavePath }))).rejects.toThrow(
      /in the Trash/,
    );
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(window.destroyed).toBe(true);
  });

  it('gives up on a print view that never renders', async () => {
    const window = fakeWindow(Array.from({ length: 1000 }, () => 'loading'));
    await expect(exportPdf({ job, fileName: 'Story' }, deps(window))).rejects.toThrow(/too long/);
    expect(window.destroyed).toBe(true);
  });
});

describe('pdf.export contract', () => {
  const input = ipcContract['pdf.export'].input;
  const valid = { job: jobFor({ storyIds: ['abc-123'], options: {} }), fileName: 'My story' };
  const withRequest = (request: object) => ({ ...valid, job: { ...valid.job, request } });

  it('accepts a plain job', () => {
    expect(input.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an id that could bend the URL', withRequest({ ...valid.job.request, storyIds: ['../../etc#x'] })],
    ['no story', { ...valid, job: { request: { ...valid.job.request, storyIds: [] }, stories: [] } }],
    [
      '21 stories',
      {
        ...valid,
        job: {
          request: { ...valid.job.request, storyIds: Array.from({ length: 21 }, (_, i) => `id-${i}`) },
          stories: Array.from({ length: 21 }, (_, i) => storyWithId(`id-${i}`)),
        },
      },
    ],
    ['stories other than the ones asked for', { ...valid, job: { ...valid.job, stories: [storyWithId('other')] } }],
    ['a path as file name', { ...valid, fileName: '../../.bashrc' }],
    ['a folder in the file name', { ...valid, fileName: 'C:\\Windows\\evil' }],
    ['a control character', { ...valid, fileName: 'a\u0000b' }],
    ['an unknown option', withRequest({ ...valid.job.request, options: { script: 'x' } })],
    ['an unknown key', { ...valid, path: '/etc/passwd' }],
  ])('refuses %s', (_name, payload) => {
    expect(input.safeParse(payload).success).toBe(false);
  });
});
