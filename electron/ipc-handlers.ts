import { errorKindForLog, originForLog } from './log-safe';
import type { z } from 'zod';
import {
  ipcChannels,
  ipcContract,
  payloadLimitOf,
  type IpcChannel,
  type IpcOutput,
  type IpcResult,
} from '../shared/ipc';
import type { SenderEvent } from './trusted-sender';

/** Who called: the webContents a (trusted) call came from, for channels that answer per window. */
export interface IpcCaller {
  senderId: number;
}

/** One implementation per channel; it receives input already parsed by the contract. */
export type IpcImplementations = {
  [C in IpcChannel]: (
    input: z.output<(typeof ipcContract)[C]['input']>,
    caller?: IpcCaller,
  ) => Promise<IpcOutput<C>> | IpcOutput<C>;
};

/** The slice of Electron's ipcMain the helper uses, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export interface RegisterOptions {
  isTrustedSender: (event: SenderEvent) => boolean;
  log: (message: string) => void;
}

function payloadSize(value: unknown): number {
  try {
    return JSON.stringify(value ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Handles one call on `channel`: checks the sender, the payload size and the input
 * against the contract, runs the implementation, checks its output, and turns every
 * failure into a plain `{ok: false, error}` result instead of a thrown exception.
 */
export async function handleIpcCall<C extends IpcChannel>(
  channel: C,
  implementation: IpcImplementations[C],
  options: RegisterOptions,
  event: SenderEvent,
  args: unknown[],
): Promise<IpcResult<IpcOutput<C>>> {
  if (!options.isTrustedSender(event)) {
    options.log(
      `Refused ${channel}: sender is not our window's main frame on our origin (${originForLog(event.senderFrame?.url)}).`,
    );
    return { ok: false, error: 'Refused: this request did not come from Hindsight.' };
  }
  if (args.length > 1) return { ok: false, error: `${channel} takes one argument.` };
  const raw: unknown = args[0];
  if (payloadSize(raw) > payloadLimitOf(channel)) return { ok: false, error: `${channel}: the request is too large.` };
  const contract = ipcContract[channel];
  const input = contract.input.safeParse(raw);
  if (!input.success) {
    return {
      ok: false,
      error: `${channel}: invalid request (${input.error.issues.map((issue) => issue.message).join('; ')}).`,
    };
  }
  try {
    // The contract's per-channel pairing is checked at registration; here input is already parsed.
    const run = implementation as (parsed: unknown, caller: IpcCaller) => Promise<unknown> | unknown;
    const value = await run(input.data, { senderId: event.sender.id });
    return { ok: true, value: contract.output.parse(value) as IpcOutput<C> };
  } catch (error) {
    options.log(`${channel} failed (${errorKindForLog(error)})`);
    return { ok: false, error: errorMessage(error) };
  }
}

/** Registers every channel of the contract on `ipcMain`, each through `handleIpcCall`. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  implementations: IpcImplementations,
  options: RegisterOptions,
): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, ...args) => handleIpcCall(channel, implementations[channel], options, event, args));
  }
}
