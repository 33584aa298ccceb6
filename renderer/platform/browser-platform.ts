import { blobInSteps } from './blob-in-steps';
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
  async saveBackup(fileName, text) {
    const url = URL.createObjectURL(await blobInSteps(text, 'application/json'));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true, where: `your downloads, as ${fileName}` };
  },
};
