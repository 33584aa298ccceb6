import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('./electron-builder.config.cjs') as {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
};

describe('packaged build', () => {
  it('flips every security fuse the right way', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('ships only the built app, inside an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(config.files.some((pattern) => /^(src|renderer|electron|node_modules)/.test(pattern))).toBe(false);
  });
});
