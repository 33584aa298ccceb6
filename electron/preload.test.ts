import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, DESKTOP_COMMAND_EVENT, ipcChannels } from '../shared/ipc-channels';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: {} })),
  on: vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
  removeListener: vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    send: vi.fn(),
    on: electron.on,
    removeListener: electron.removeListener,
    sendSync: vi.fn(),
  },
}));

await import('./preload');

function exposed(): Record<string, unknown> {
  const [name, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe(BRIDGE_GLOBAL);
  return api as Record<string, unknown>;
}

describe('preload bridge', () => {
  it('exposes exactly one object, under one name', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(exposed()).toBeTypeOf('object');
  });

  it('is frozen and has exactly one function per contract channel and the command listener, nothing else', () => {
    const api = exposed();
    expect(Object.isFrozen(api)).toBe(true);
    expect(Reflect.ownKeys(api).sort()).toEqual([...ipcChannels, DESKTOP_COMMAND_EVENT].sort());
    for (const channel of ipcChannels) expect(api[channel]).toBeTypeOf('function');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it('forwards one argument to its own channel and never hands out ipcRenderer or the event', async () => {
    const api = exposed();
    for (const channel of ipcChannels) {
      electron.invoke.mockClear();
      const call = api[channel] as (...args: unknown[]) => Promise<unknown>;
      await expect(call({ probe: true }, 'extra', () => {})).resolves.toEqual({ ok: true, value: {} });
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel, { probe: true });
    }
    const values = Object.values(api);
    expect(values.some((value) => value === electron.invoke)).toBe(false);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|invoke|send|on\b/);
  });

  it('hands main’s commands to the listener without the event (it holds the sender), and unsubscribes', () => {
    const listen = exposed()[DESKTOP_COMMAND_EVENT] as (listener: (...args: unknown[]) => void) => () => void;
    const heard: unknown[][] = [];
    const unsubscribe = listen((...args) => heard.push(args));
    const [channel, forward] = electron.on.mock.calls.at(-1) ?? [];
    expect(channel).toBe(DESKTOP_COMMAND_EVENT);
    forward?.({ sender: 'secret' }, { command: 'find' }, 'extra');
    expect(heard).toEqual([[{ command: 'find' }]]);
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith(DESKTOP_COMMAND_EVENT, forward);
  });

  it('imports nothing but Electron and the channel list: no Node module, no zod in the sandbox', () => {
    const source = readFileSync(path.join(import.meta.dirname, 'preload.ts'), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports).toEqual(['electron', '../shared/ipc-channels']);
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
    // ipcRenderer serves only invoke (per channel) and listening on the one command event.
    expect(source.match(/ipcRenderer\.\w+/g)).toEqual([
      'ipcRenderer.invoke',
      'ipcRenderer.on',
      'ipcRenderer.removeListener',
    ]);
  });
});
