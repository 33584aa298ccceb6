import type { z } from 'zod';
import type { DESKTOP_COMMAND_EVENT, IpcChannel } from './ipc-channels';
import { appContract } from './ipc/app-contract';
import { pdfContract } from './ipc/pdf-contract';
import { backupContract } from './ipc/backup-contract';
import { desktopContract } from './ipc/desktop-contract';
import { lockContract } from './ipc/lock-contract';

export { BRIDGE_GLOBAL, DESKTOP_COMMAND_EVENT, ipcChannels, type IpcChannel } from './ipc-channels';

interface ChannelContract {
  input: z.ZodType;
  output: z.ZodType;
  /** A larger payload limit than MAX_IPC_PAYLOAD_BYTES, for channels that carry whole files. */
  maxPayloadBytes?: number;
}

/**
 * The one IPC contract between the renderer and the main process, one file per domain
 * in ipc/. Channel names are `domain.verb`; each has a strict zod input and output.
 * The preload is generated from this object and main registers every handler through it.
 */
export const ipcContract = {
  ...appContract,
  ...pdfContract,
  ...backupContract,
  ...desktopContract,
  ...lockContract,
} as const satisfies Record<IpcChannel, ChannelContract>;

export type IpcContract = typeof ipcContract;
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

/** What every channel answers: a value, or a plain error the renderer can show. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The bridge the preload exposes on `window.hindsight`: one function per channel. */
export type HindsightBridge = {
  [C in IpcChannel]: (input: IpcInput<C>) => Promise<IpcResult<IpcOutput<C>>>;
} & {
  /**
   * Listens for main's commands (menus, tray, notifications). The payload is unchecked
   * here: the renderer parses it with DesktopCommandEventSchema. Returns the unsubscribe.
   */
  [DESKTOP_COMMAND_EVENT]: (listener: (payload: unknown) => void) => () => void;
};

/** The custom scheme and host the renderer is served from in the desktop app. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'hindsight';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Largest serialized payload main accepts on a channel that sets no limit of its own. */
export const MAX_IPC_PAYLOAD_BYTES = 1_000_000;

/** The payload limit of one channel. */
export function payloadLimitOf(channel: IpcChannel): number {
  const contract: ChannelContract = ipcContract[channel];
  return contract.maxPayloadBytes ?? MAX_IPC_PAYLOAD_BYTES;
}
