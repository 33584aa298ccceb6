import { BRIDGE_GLOBAL, type HindsightBridge } from '../../shared/ipc';

/** The preload's bridge in the desktop app; undefined in browser mode. */
export function desktopBridge(): HindsightBridge | undefined {
  return (window as unknown as Record<string, HindsightBridge | undefined>)[BRIDGE_GLOBAL];
}
