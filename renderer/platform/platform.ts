import type { BackupCounts } from '../../shared/backup';
import type { Preferences } from '../../shared/ipc/app-contract';
import type { AutomaticBackupInfo, AutomaticBackupWritten } from '../../shared/ipc/backup-contract';
import type { DesktopState, DesktopStatus } from '../../shared/ipc/desktop-contract';

/** What the renderer may ask of the desktop, implemented by Electron or by the browser. */
export interface Platform {
  kind: 'desktop' | 'browser';
  /** Versions and where the journal is stored, for Settings. */
  about(): Promise<AboutInfo>;
  /** Saves a backup file where the person chooses (desktop) or as a download (browser). */
  saveBackup(fileName: string, text: string): Promise<SavedFile>;
  /**
   * Desktop only: picks a backup file with the native dialog and reads it in main.
   * Browser mode has no such thing; Settings shows a labelled file input instead.
   */
  openBackup?: () => Promise<OpenedFile | null>;
  /** Desktop only: automatic daily backups kept by main. */
  automaticBackups?: AutomaticBackups;
  /** Desktop only: the app's own settings, kept by main (hiding the window from screen capture). */
  preferences?: {
    read(): Promise<Preferences>;
    save(preferences: Preferences): Promise<Preferences>;
  };
  /** Desktop only: "Remember on this device", the data key kept by the OS keychain. */
  rememberedKey?: RememberedKeyStore;
  /** Desktop only: menus, the tray, quick capture and reminders. */
  desktop?: DesktopIntegration;
}

export interface DesktopIntegration {
  /**
   * Calls `listener` with each event main sends, unchecked: the desktop's own code (loaded
   * after start) parses it with DesktopCommandEventSchema. Returns the unsubscribe.
   */
  onCommand(listener: (payload: unknown) => void): () => void;
  /** Tells main what applies now (menus' enabled states) and how many setbacks wait (reminders). */
  reportState(state: DesktopState): Promise<void>;
  /** The quick-capture shortcut's registration and whether notifications are supported. */
  status(): Promise<DesktopStatus>;
}

export interface AboutInfo {
  version: string;
  runtime: string;
  dataLocation: string;
}

export type SavedFile = { saved: true; where: string } | { saved: false };

export interface OpenedFile {
  name: string;
  text: string;
}

export type { AutomaticBackupInfo } from '../../shared/ipc/backup-contract';

export interface AutomaticBackups {
  /** The kept backups, newest first, and the last counts main remembers. */
  list(): Promise<{ backups: AutomaticBackupInfo[]; lastKnown: BackupCounts | null }>;
  /**
   * Writes today's backup if none was written in the last day; says whether it did, and
   * whether the journal shrank sharply since the newest backup (main then keeps that one).
   */
  writeIfDue(text: string, counts: BackupCounts): Promise<AutomaticBackupWritten>;
  read(name: string): Promise<string>;
  /** Deletes every automatic backup (Erase everything); returns how many there were. */
  erase(): Promise<number>;
}

export interface RememberedKeyStore {
  /** Whether this computer can keep the key safely, and why not. */
  status(): Promise<{ available: boolean; problem: string | null }>;
  /** The data key in base64 (converted by the lock's own code, which loads only with the lock). */
  remember(dataKey: string): Promise<void>;
  /** The remembered key in base64, or null (none, or the keychain no longer opens it). */
  recall(): Promise<string | null>;
  forget(): Promise<void>;
}
