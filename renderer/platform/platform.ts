/** What the renderer may ask of the desktop, implemented by Electron or by the browser. */
export interface Platform {
  kind: 'desktop' | 'browser';
  /** Versions and where the journal is stored, for Settings. */
  about(): Promise<AboutInfo>;
}

export interface AboutInfo {
  version: string;
  runtime: string;
  dataLocation: string;
}
