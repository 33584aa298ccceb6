/**
 * The names of every IPC channel, `domain.verb`. Kept apart from the zod contract in
 * ipc.ts so the sandboxed preload can list the channels without bundling zod.
 */
export const ipcChannels = [
  'app.info',
  'app.preferences',
  'app.setPreferences',
  'pdf.export',
  'backup.save',
  'backup.open',
  'backup.list',
  'backup.writeAutomatic',
  'backup.readAutomatic',
  'backup.eraseAutomatic',
  'desktop.reportState',
  'desktop.status',
  'lock.deviceStatus',
  'lock.rememberKey',
  'lock.recallKey',
  'lock.forgetKey',
] as const;
export type IpcChannel = (typeof ipcChannels)[number];

/** Name of the global the preload exposes the bridge under. */
export const BRIDGE_GLOBAL = 'hindsight';

/** The one event channel main sends on (a DesktopCommandEvent); also the bridge's name for listening to it. */
export const DESKTOP_COMMAND_EVENT = 'desktop.command';
