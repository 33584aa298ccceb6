import type { BrowserWindow, MessageBoxOptions } from 'electron';

export interface AboutDialogDeps {
  app: { getName(): string; getVersion(): string; getPath(name: 'userData'): string };
  showMessageBox: (parent: BrowserWindow | null, options: MessageBoxOptions) => Promise<{ response: number }>;
  openPath: (path: string) => Promise<string>;
}

/** The About box's contents: the app's name, version and where its data lives; nothing the person wrote. */
export function aboutDialogOptions(app: AboutDialogDeps['app']): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `A private, offline journal. Everything stays on this computer, in the data folder:\n${app.getPath('userData')}`,
    buttons: ['Open data folder', 'OK'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** Help → About Hindsight: a native message box whose first button opens the data folder. */
export async function showAboutDialog(deps: AboutDialogDeps, parent: BrowserWindow | null): Promise<void> {
  const { response } = await deps.showMessageBox(parent, aboutDialogOptions(deps.app));
  if (response === 0) await deps.openPath(deps.app.getPath('userData'));
}
