import { FuseV1Options } from '@electron/fuses';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('./electron-builder.config.cjs') as {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  publish: unknown;
  mac: { icon: string; target: string[] };
  win: { icon: string; target: string[] };
  linux: { icon: string; target: string[] };
};

/** `RunAsNode` → `runAsNode`: how electron-builder names each fuse of @electron/fuses. */
const configKey = (fuse: string) => fuse.charAt(0).toLowerCase() + fuse.slice(1);

describe('packaged build', () => {
  it('flips every security fuse the right way', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('sets every fuse Electron knows explicitly, so a new one is a decision, not a default', () => {
    const fuses = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)));
    expect(fuses.length).toBeGreaterThanOrEqual(8);
    for (const fuse of fuses) expect(config.electronFuses[configKey(fuse)], fuse).toBeTypeOf('boolean');
  });

  it('ships only the built app, inside an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(config.files.some((pattern) => /^(src|renderer|electron|node_modules)/.test(pattern))).toBe(false);
    expect(config.files).toContain('!**/*.map');
  });

  it('takes every icon from the set `npm run icons` generates, and keeps the targets', () => {
    expect(config.linux).toMatchObject({ icon: 'build/icons', target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ icon: 'build/icon.ico', target: ['nsis'] });
    expect(config.mac).toMatchObject({ icon: 'build/icon.icns', target: ['dmg'] });
  });

  it('never publishes or checks for updates anywhere', () => {
    expect(config.publish).toBeNull();
  });
});
