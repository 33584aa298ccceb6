import type { HindsightBridge } from '../../shared/ipc';
import { BRIDGE_GLOBAL } from '../../shared/ipc-channels';

/** The preload's bridge in the desktop app; undefined in browser mode. */
export function desktopBridge(): HindsightBridge | undefined {
  return (window as unknown as Record<string, HindsightBridge | undefined>)[BRIDGE_GLOBAL];
}
