import { describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES } from '../shared/backup';
import { ipcChannels, MAX_IPC_PAYLOAD_BYTES, payloadLimitOf, type IpcChannel } from '../shared/ipc';
import { registerIpcHandlers, type IpcImplementations, type IpcMainLike } from './ipc-handlers';
import type { SenderEvent } from './trusted-sender';

const info = {
  name: 'Hindsight',
  version: '0.1.0',
  platform: 'linux',
  electron: '45.4.1',
  chrome: '142',
  dataPath: '/d',
};
const trusted: SenderEvent = { sender: { id: 1 }, senderFrame: { url: 'app://hindsight/index.html', parent: null } };
const foreign: SenderEvent = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } };

function setup(implementation: IpcImplementations['app.info'] = () => info) {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const log = vi.fn();
  // Only app.info is under test; every other channel fails loudly if it is ever reached.
  const others = Object.fromEntries(
    ipcChannels.map((channel: IpcChannel) => [
      channel,
      () => {
        throw new Error(`${channel} is not under test`);
      },
    ]),
  );
  registerIpcHandlers(ipcMain, { ...others, 'app.info': implementation } as IpcImplementations, {
    isTrustedSender: (event) => event.senderFrame?.url.startsWith('app://hindsight/') ?? false,
    log,
  });
  const call = (event: SenderEvent, ...args: unknown[]) => handlers.get('app.info')?.(event, ...args);
  return { handlers, call, log };
}

describe('IPC handler registration', () => {
  it('registers every channel of the contract', () => {
    expect([...setup().handlers.keys()]).toEqual([...ipcChannels]);
  });

  it('answers a trusted, valid call with the checked output', async () => {
    expect(await setup().call(trusted, {})).toEqual({ ok: true, value: info });
  });

  it("tells the implementation which webContents called (desktop.reportState counts only the main window's)", async () => {
    const implementation = vi.fn(() => info);
    await setup(implementation).call({ ...trusted, sender: { id: 42 } }, {});
    expect(implementation).toHaveBeenCalledWith({}, { senderId: 42 });
  });

  it('refuses and logs a call from a foreign origin without running the handler', async () => {
    const implementation = vi.fn(() => info);
    const { call, log } = setup(implementation);
    expect(await call(foreign, {})).toEqual({ ok: false, error: expect.stringMatching(/Refused/) });
    expect(implementation).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('evil.example'));
  });

  it.each([[undefined], [null], ['text'], [{ extra: true }], [[1, 2]]])('refuses the bad input %j', async (input) => {
    const implementation = vi.fn(() => info);
    const result = await setup(implementation).call(trusted, input);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
    expect(implementation).not.toHaveBeenCalled();
  });

  it('refuses extra arguments and oversized or cyclic payloads', async () => {
    const { call } = setup();
    expect(await call(trusted, {}, {})).toMatchObject({ ok: false });
    expect(await call(trusted, { big: 'x'.repeat(1_100_000) })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(await call(trusted, cyclic)).toMatchObject({ ok: false });
  });

  it('turns a failing handler or an output that breaks the contract into a plain error', async () => {
    expect(
      await setup(() => {
        throw new Error('disk gone');
      }).call(trusted, {}),
    ).toEqual({ ok: false, error: 'disk gone' });
    const wrong = setup(() => ({ ...info, version: 42 }) as unknown as typeof info);
    expect(await wrong.call(trusted, {})).toMatchObject({ ok: false });
  });

  it.each([...ipcChannels])('%s refuses a foreign sender before parsing or running anything', async (channel) => {
    const { handlers, log } = setup();
    const result = await handlers.get(channel)?.(foreign, {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(channel));
  });

  it('lets only the backup channels carry whole journals past the usual size limit', () => {
    expect(payloadLimitOf('app.info')).toBe(MAX_IPC_PAYLOAD_BYTES);
    expect(payloadLimitOf('pdf.export')).toBeGreaterThan(MAX_IPC_PAYLOAD_BYTES);
    expect(payloadLimitOf('backup.save')).toBeGreaterThan(MAX_BACKUP_BYTES);
    expect(payloadLimitOf('backup.writeAutomatic')).toBeGreaterThan(MAX_BACKUP_BYTES);
    expect(payloadLimitOf('backup.readAutomatic')).toBe(MAX_IPC_PAYLOAD_BYTES);
  });
});
