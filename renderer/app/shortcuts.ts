const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The platform's label for Ctrl/Cmd plus `key`, e.g. "Ctrl+N" or "⌘N". */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/** True when the event is Ctrl/Cmd plus `key`, with no other modifier. */
export function isCommandKey(event: KeyboardEvent, key: string): boolean {
  const command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key.toLowerCase();
}

/** True when the event is Ctrl/Cmd plus Shift plus `key`, with no other modifier. */
export function isCommandShiftKey(event: KeyboardEvent, key: string): boolean {
  const command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return command && !event.altKey && event.shiftKey && event.key.toLowerCase() === key.toLowerCase();
}
