import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './test-support/electron-mock';

const popup = vi.hoisted(() => ({ templates: [] as unknown[] }));

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  Menu: {
    buildFromTemplate: (template: unknown) => ({ popup: () => popup.templates.push(template) }),
  },
}));

const { attachContextMenu, contextMenuTemplate } = await import('./context-menu');

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const field = {
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [] as string[],
  editFlags: flags,
};
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const describeItem = (item: MenuItemConstructorOptions) => item.label ?? item.role ?? item.type;

beforeEach(() => (popup.templates = []));

describe('text field context menu', () => {
  it('offers Cut, Copy, Paste and Select all, each enabled as the field allows', () => {
    const template = contextMenuTemplate(
      { ...field, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } },
      actions(),
    );
    expect(template.map(describeItem)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(template.map((item) => item.enabled)).toEqual([false, false, true, undefined, true]);
  });

  it('puts spelling suggestions and Add to dictionary first for a misspelled word', () => {
    const act = actions();
    const template = contextMenuTemplate(
      { ...field, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] },
      act,
    );
    expect(template.map(describeItem)).toEqual([
      'receive',
      'relieve',
      'Add to dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    (template[0]?.click as () => void)();
    (template[2]?.click as () => void)();
    expect(act.replaceMisspelling).toHaveBeenCalledWith('receive');
    expect(act.addToDictionary).toHaveBeenCalledWith('recieve');
  });

  it('says so when a misspelled word has no suggestions', () => {
    const template = contextMenuTemplate({ ...field, misspelledWord: 'zzqx' }, actions());
    expect(template[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });

  it('outside a text field: Copy for a selection, otherwise no menu', () => {
    const page = { ...field, isEditable: false };
    expect(contextMenuTemplate({ ...page, selectionText: 'some text' }, actions())).toEqual([
      { role: 'copy', enabled: true },
    ]);
    expect(contextMenuTemplate({ ...page, selectionText: '  ' }, actions())).toEqual([]);
  });
});

describe('attachContextMenu', () => {
  it('pops the menu up on right-click in a field, and nothing on a bare page', () => {
    const contents = new FakeWebContents();
    attachContextMenu(contents as never);
    contents.emit('context-menu', {}, field);
    contents.emit('context-menu', {}, { ...field, isEditable: false });
    expect(popup.templates).toHaveLength(1);
  });
});
