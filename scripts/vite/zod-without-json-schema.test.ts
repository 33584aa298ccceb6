import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedNames, stubModule } from './zod-without-json-schema.ts';

const core = path.dirname(createRequire(import.meta.url).resolve('zod/v4/core'));
const read = (file: string) => readFileSync(path.join(core, file), 'utf8');

describe('zod without its JSON Schema generator', () => {
  it('stands in for every name zod’s classic schemas take from the two modules', () => {
    const classic = readFileSync(path.join(core, '../classic/schemas.js'), 'utf8');
    const processors = exportedNames(read('json-schema-processors.js'));
    const used = new Set([...classic.matchAll(/(?<![\w-])processors\.(\w+)\(/g)].map((match) => match[1]));
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(processors).toContain(name);
    expect(exportedNames(read('to-json-schema.js'))).toEqual(
      expect.arrayContaining(['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod']),
    );
  });

  it('says so when JSON Schema is asked for, and builds no schema of its own', async () => {
    const source = stubModule('to-json-schema.js', ['createToJSONSchemaMethod', 'finalize']);
    const stub = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
      createToJSONSchemaMethod: () => () => unknown;
      finalize: () => unknown;
    };
    const method = stub.createToJSONSchemaMethod();
    expect(() => method()).toThrow(/JSON Schema output is not built into Hindsight/);
    expect(() => stub.finalize()).toThrow(/to-json-schema\.js/);
  });
});
