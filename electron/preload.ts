import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, ipcChannels } from '../shared/ipc-channels';

// The renderer gets one function per contract channel and nothing else: no raw ipcRenderer.
const bridge = Object.fromEntries(
  ipcChannels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
