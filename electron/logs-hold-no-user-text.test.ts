// Logs end up in terminals, crash reports and bug tickets: they must never hold what the
// person wrote — titles, names, paths made from them, or the URLs of their print views.
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels, type IpcChannel } from '../shared/ipc';
import { createExternalLinkOpener } from './external-links';
import { registerIpcHandlers, type IpcImplementations, type IpcMainLike } from './ipc-handlers';
import type { SenderEvent } from './trusted-sender';
import { lockDownSession } from './session-security';

vi.mock('electron', () => ({}));

const SECRET = 'Priya missed the Contoso audit';

function ipcWith(implementation: () => unknown) {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const log = vi.fn<(message: string) => void>();
  const implementations = Object.fromEntries(ipcChannels.map((channel: IpcChannel) => [channel, implementation]));
  registerIpcHandlers(ipcMain, implementations as unknown as IpcImplementations, {
    isTrustedSender: (event) => event.senderFrame?.url.startsWith('app://hindsight/') ?? false,
    log,
  });
  return { call: (event: SenderEvent) => handlers.get('app.info')?.(event, {}), log };
}

const logged = (log: { mock: { calls: unknown[][] } }) => log.mock.calls.flat().map(String).join('\n');

describe('logs hold no user text', () => {
  it('a failed IPC call is logged by channel and kind of error, not by its message', async () => {
    const { call, log } = ipcWith(() => {
      throw Object.assign(new Error(`The PDF could not be saved to /home/ana/Documents/${SECRET}.pdf`), {
        code: 'EACCES',
      });
    });
    const result = await call({ sender: { id: 1 }, senderFrame: { url: 'app://hindsight/index.html', parent: null } });
    // The person still sees why, in the app.
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(SECRET) });
    expect(logged(log)).toContain('app.info');
    expect(logged(log)).toContain('EACCES');
    expect(logged(log)).not.toContain(SECRET);
  });

  it('a refused sender is logged by its origin, not its full URL', async () => {
    const { call, log } = ipcWith(() => ({}));
    await call({
      sender: { id: 1 },
      senderFrame: { url: `https://evil.example/steal?title=${encodeURIComponent(SECRET)}`, parent: null },
    });
    expect(logged(log)).toContain('evil.example');
    expect(logged(log)).not.toContain('Contoso');
  });

  it('a refused or failed external link is logged by its host only', async () => {
    const log = vi.fn<(message: string) => void>();
    const open = createExternalLinkOpener({
      allowedHosts: ['allowed.com'],
      openExternal: () => Promise.reject(new Error(`cannot open https://allowed.com/${SECRET}`)),
      log,
    });
    open(`http://example.com/notes/${encodeURIComponent(SECRET)}`);
    open(`https://allowed.com/${encodeURIComponent(SECRET)}`);
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(2));
    expect(logged(log)).toContain('example.com');
    expect(logged(log)).not.toContain('Contoso');
  });

  it('a blocked request is logged by its origin, not its path or query', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let filter: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: (listener: typeof filter) => (filter = listener) },
    };
    lockDownSession(session as never, 'linux');
    filter?.({ url: `https://tracker.example/collect?text=${encodeURIComponent(SECRET)}` }, () => undefined);
    const messages = warn.mock.calls.flat().map(String).join('\n');
    expect(messages).toContain('tracker.example');
    expect(messages).not.toContain('Contoso');
    warn.mockRestore();
  });
});
