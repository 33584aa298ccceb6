import type { Preferences } from '../../shared/ipc/app-contract';
import type { Platform } from '../platform';

export type PreferencesAccess = NonNullable<Platform['preferences']>;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Saves `change` over the preferences main holds now, one save at a time: each section of
 * Settings changes only its own settings, never one another section just saved.
 */
export function savePreferences(preferences: PreferencesAccess, change: Partial<Preferences>): Promise<Preferences> {
  const saved = queue.then(async () => preferences.save({ ...(await preferences.read()), ...change }));
  queue = saved.catch(() => undefined);
  return saved;
}
