import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, DESKTOP_COMMAND_EVENT, ipcChannels } from '../shared/ipc-channels';

// The renderer gets one function per contract channel and one way to hear main's
// commands, nothing else: no raw ipcRenderer, and never the event object (it holds the sender).
const bridge = Object.fromEntries(
  ipcChannels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);

function onDesktopCommand(listener: (payload: unknown) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(DESKTOP_COMMAND_EVENT, forward);
  return () => {
    ipcRenderer.removeListener(DESKTOP_COMMAND_EVENT, forward);
  };
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze({ ...bridge, [DESKTOP_COMMAND_EVENT]: onDesktopCommand }));
