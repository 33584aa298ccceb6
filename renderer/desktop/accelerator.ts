/** The parts of a key press an accelerator is made of. */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const namedKeys: Record<string, string> = {
  Space: 'Space',
  Enter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backslash: '\\',
  Backquote: '`',
};

/**
 * The key of an accelerator, from the physical key (`code`): `key` changes with Shift, Alt
 * and the keyboard layout (Alt+L types "¬" on a Mac), the key's place does not.
 */
function keyOf(code: string): string | null {
  const letterOrDigit = /^(?:Key([A-Z])|Digit(\d))$/.exec(code);
  if (letterOrDigit) return letterOrDigit[1] ?? letterOrDigit[2] ?? null;
  if (/^F(?:[1-9]|1\d|2[0-4])$/.test(code)) return code;
  const numpad = /^Numpad(\d)$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  return namedKeys[code] ?? null;
}

/**
 * The Electron accelerator of a key press (`CommandOrControl+Shift+L`), or null while it is
 * not one a global shortcut can be: only modifiers so far, or a key with no Ctrl/Cmd or Alt
 * (a bare letter, even with Shift, would fire as the person types in any app).
 */
export function acceleratorOf(press: KeyPress, mac: boolean): string | null {
  const key = keyOf(press.code);
  const command = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey : press.metaKey;
  if (!key || !(command || other || press.altKey)) return null;
  return [
    command && 'CommandOrControl',
    other && (mac ? 'Control' : 'Super'),
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
    key,
  ]
    .filter(Boolean)
    .join('+');
}

/** How an accelerator reads to a person on this system: `Ctrl+Shift+L`, or `Cmd+Shift+L` on a Mac. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const names: Record<string, string> = {
    CommandOrControl: mac ? 'Cmd' : 'Ctrl',
    CmdOrCtrl: mac ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Cmd: 'Cmd',
    Control: 'Ctrl',
    Ctrl: 'Ctrl',
    Super: mac ? 'Cmd' : 'Super',
    Meta: mac ? 'Cmd' : 'Super',
    Alt: mac ? 'Option' : 'Alt',
    Option: 'Option',
  };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part.replace(/^num(\d)$/, 'Num $1'))
    .join('+');
}
