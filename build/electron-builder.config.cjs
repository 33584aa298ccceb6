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
  // Generated from build/icon.svg by `npm run icons` (npm runs it before `npm run package`'s
  // build); named rather than left to electron-builder's conventions so the installers use
  // exactly this set. `npm run test:package` checks the files are there and well formed.
  mac: { category: 'public.app-category.productivity', target: ['dmg'], icon: 'build/icon.icns' },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Hindsight', icon: 'build/icons' },
  publish: null,
};
