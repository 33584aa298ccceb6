// electron-builder configuration for `npm run package`.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.hindsight.journal',
  productName: 'Hindsight',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app ships: the renderer's libraries are bundled into out/renderer.
  files: ['out/**/*', 'package.json', '!**/*.map'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  mac: { category: 'public.app-category.productivity', target: ['dmg'] },
  win: { target: ['nsis'] },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Hindsight' },
  publish: null,
};
