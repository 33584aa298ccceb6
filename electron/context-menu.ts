import { BrowserWindow, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';

/** The parts of Electron's context-menu params the menu is built from. */
export interface ContextMenuParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling: (suggestion: string) => void;
  addToDictionary: (word: string) => void;
}

/**
 * The right-click menu: in a text field, spelling suggestions (where the system spell-checks),
 * then Cut, Copy, Paste and Select all as the field allows; elsewhere, Copy when text is
 * selected. An empty template means no menu.
 */
export function contextMenuTemplate(
  params: ContextMenuParams,
  actions: ContextMenuActions,
): MenuItemConstructorOptions[] {
  if (!params.isEditable) {
    return params.selectionText.trim() === '' ? [] : [{ role: 'copy', enabled: params.editFlags.canCopy }];
  }
  const spelling: MenuItemConstructorOptions[] =
    params.misspelledWord === ''
      ? []
      : [
          ...(params.dictionarySuggestions.length === 0
            ? [{ label: 'No spelling suggestions', enabled: false }]
            : params.dictionarySuggestions.map((suggestion) => ({
                label: suggestion,
                click: () => actions.replaceMisspelling(suggestion),
              }))),
          { label: 'Add to dictionary', click: () => actions.addToDictionary(params.misspelledWord) },
          { type: 'separator' },
        ];
  return [
    ...spelling,
    { role: 'cut', enabled: params.editFlags.canCut },
    { role: 'copy', enabled: params.editFlags.canCopy },
    { role: 'paste', enabled: params.editFlags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', enabled: params.editFlags.canSelectAll },
  ];
}

/** Shows `contextMenuTemplate`'s menu on every right-click in `contents` that has one. */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}
