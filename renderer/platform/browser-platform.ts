import type { Platform } from './platform';

/** Browser mode: everything stays in this browser profile's storage for this address. */
export const browserPlatform: Platform = {
  kind: 'browser',
  async about() {
    return {
      version: import.meta.env.VITE_APP_VERSION ?? 'dev',
      runtime: 'Browser mode',
      dataLocation: `This browser's private storage for ${window.location.origin} (IndexedDB). Clearing site data erases it.`,
    };
  },
};
