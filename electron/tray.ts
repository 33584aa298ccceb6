import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';

export interface TrayActions {
  /** Opens the quick capture window. */
  logSetback: () => void;
  /** Shows the main window. */
  open: () => void;
  quit: () => void;
}

/** The tray icon's menu. */
export function trayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Log a setback', click: actions.logSetback },
    { label: 'Open Hindsight', click: actions.open },
    { type: 'separator' },
    { label: 'Quit Hindsight', click: actions.quit },
  ];
}

export interface TrayControllerOptions extends TrayActions {
  /** The tray image (icons/tray-32.png in the renderer's build). */
  iconPath: string;
  log: (message: string) => void;
}

/**
 * The optional tray icon, created and destroyed as the setting changes. While it shows, the
 * app keeps running with no window open, so quick capture and reminders keep working.
 */
export function createTrayController(options: TrayControllerOptions) {
  let tray: Tray | null = null;

  return {
    /** Shows or removes the tray icon; returns whether it shows. */
    set(enabled: boolean): boolean {
      if (!enabled) {
        tray?.destroy();
        tray = null;
        return false;
      }
      if (tray) return true;
      const image = nativeImage.createFromPath(options.iconPath);
      if (image.isEmpty()) {
        // An empty image would leave an invisible, unclickable tray entry on some desktops.
        options.log('The tray icon image is missing from this build; the tray icon is not shown.');
        return false;
      }
      tray = new Tray(image);
      tray.setToolTip('Hindsight');
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(options)));
      // Windows and most Linux trays: a click opens the app; the menu is on right-click.
      tray.on('click', options.open);
      return true;
    },
    isShown(): boolean {
      return tray !== null;
    },
  };
}

export type TrayController = ReturnType<typeof createTrayController>;
