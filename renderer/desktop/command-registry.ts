import { useEffect } from 'react';
import type { DesktopCommand } from '../../shared/ipc/desktop-contract';

export type CommandHandler = () => void;

export interface CommandRegistry {
  /**
   * Runs `command` with the handler registered for it now. With none, it waits (when `wait`)
   * for the page that registers one: the one command waiting is the latest asked for.
   * Returns whether it ran.
   */
  run(command: DesktopCommand, wait: boolean): boolean;
  /** Registers the handler of `command` (runs it if it waits); returns the unregister. */
  register(command: DesktopCommand, handler: CommandHandler): () => void;
}

/** Which part of the app answers each desktop command (menus, tray, notifications) while it is on screen. */
export function createCommandRegistry(): CommandRegistry {
  const handlers = new Map<DesktopCommand, CommandHandler>();
  let waiting: DesktopCommand | null = null;
  return {
    run(command, wait) {
      const handler = handlers.get(command);
      waiting = handler || !wait ? null : command;
      handler?.();
      return !!handler;
    },
    register(command, handler) {
      handlers.set(command, handler);
      if (waiting === command) {
        waiting = null;
        handler();
      }
      return () => {
        if (handlers.get(command) === handler) handlers.delete(command);
      };
    },
  };
}

/** The app's one registry; only the desktop sends it commands (renderer/desktop/link-desktop.ts). */
export const desktopCommands = createCommandRegistry();

/**
 * Answers `command` with `run` while the calling component is mounted (and `enabled`).
 * Registered again whenever `run` changes: a map entry, cheaper than a ref kept in step
 * (this hook is part of the initial bundle).
 */
export function useDesktopCommand(command: DesktopCommand, run: CommandHandler, enabled = true): void {
  useEffect(() => (enabled ? desktopCommands.register(command, run) : undefined), [command, run, enabled]);
}
