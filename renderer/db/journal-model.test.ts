import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, type Backup } from '../../shared/backup';
import { createBackupRepository } from './backup-repository';
import { openDatabase, type HindsightDatabase } from './database';
import { createEntryRepository } from './entry-repository';
import { createRevisionRepository } from './revision-repository';

/** The simple model: what each entry's text is and whether it is in the Trash. */
interface ModelEntry {
  whatHappened: string;
  trashed: boolean;
  /** Every text this entry has had, for checking restores. */
  history: string[];
}
type Model = Map<string, ModelEntry>;

interface Real {
  db: HindsightDatabase;
  entries: ReturnType<typeof createEntryRepository>;
  revisions: ReturnType<typeof createRevisionRepository>;
  backups: ReturnType<typeof createBackupRepository>;
  /** A backup taken earlier in the run, imported later. */
  saved: { backup: Backup; model: Model } | null;
}

const text = fc.string({ minLength: 1, maxLength: 20 });
const pick = (model: Model, index: number, live?: boolean) => {
  const ids = [...model.keys()].filter((id) => live === undefined || model.get(id)!.trashed !== live);
  return ids.length === 0 ? undefined : ids[index % ids.length];
};

/** Every command checks the whole database against the model after it runs. */
abstract class Checked implements fc.AsyncCommand<Model, Real> {
  abstract check(model: Readonly<Model>): boolean;
  abstract apply(model: Model, real: Real): Promise<void>;
  async run(model: Model, real: Real) {
    await this.apply(model, real);
    await assertSame(model, real.db);
  }
}

class Create extends Checked {
  constructor(readonly whatHappened: string) {
    super();
  }
  override check() {
    return true;
  }
  override async apply(model: Model, real: Real) {
    const entry = await real.entries.create({
      title: 'T',
      occurredOn: '2026-01-01',
      type: 'technical',
      whatHappened: this.whatHappened,
    });
    model.set(entry.id, { whatHappened: this.whatHappened, trashed: false, history: [this.whatHappened] });
  }
  override toString = () => `create(${JSON.stringify(this.whatHappened)})`;
}

class Edit extends Checked {
  constructor(
    readonly index: number,
    readonly whatHappened: string,
  ) {
    super();
  }
  override check(model: Readonly<Model>) {
    return pick(model as Model, this.index, true) !== undefined;
  }
  override async apply(model: Model, real: Real) {
    const id = pick(model, this.index, true)!;
    await real.entries.update(id, { whatHappened: this.whatHappened });
    const entry = model.get(id)!;
    entry.whatHappened = this.whatHappened;
    entry.history.push(this.whatHappened);
  }
  override toString = () => `edit(${this.index}, ${JSON.stringify(this.whatHappened)})`;
}

class Delete extends Checked {
  constructor(readonly index: number) {
    super();
  }
  override check(model: Readonly<Model>) {
    return pick(model as Model, this.index, true) !== undefined;
  }
  override async apply(model: Model, real: Real) {
    const id = pick(model, this.index, true)!;
    await real.entries.trash(id);
    model.get(id)!.trashed = true;
  }
  override toString = () => `delete(${this.index})`;
}

class Restore extends Checked {
  constructor(
    readonly index: number,
    readonly which: number,
  ) {
    super();
  }
  override check(model: Readonly<Model>) {
    return pick(model as Model, this.index) !== undefined;
  }
  override async apply(model: Model, real: Real) {
    const id = pick(model, this.index)!;
    const revisions = await real.revisions.list('entry', id);
    if (revisions.length === 0) return;
    const revision = revisions[this.which % revisions.length]!;
    await real.revisions.restore(revision.id);
    const entry = model.get(id)!;
    // A restored text is one the entry really had, and the state before it is kept.
    expect(entry.history).toContain(revision.snapshot.whatHappened);
    entry.whatHappened = revision.snapshot.whatHappened;
    entry.history.push(entry.whatHappened);
  }
  override toString = () => `restore(${this.index}, ${this.which})`;
}

class ExportThenImportLater extends Checked {
  override check() {
    return true;
  }
  override async apply(model: Model, real: Real) {
    if (!real.saved) {
      const parsed = parseBackup((await real.backups.exportBackupText()).text);
      if (!parsed.ok) throw new Error(parsed.error);
      real.saved = { backup: parsed.backup, model: structuredClone(model) };
      return;
    }
    // 'replace': every record in the backup comes back as it was then; newer records stay.
    await real.backups.applyImport(real.saved.backup, 'replace');
    for (const [id, then] of real.saved.model) {
      const now = model.get(id)!;
      now.whatHappened = then.whatHappened;
      now.trashed = then.trashed;
      now.history.push(then.whatHappened);
    }
    real.saved = null;
  }
  override toString = () => 'export-or-import';
}

async function assertSame(model: Model, db: HindsightDatabase) {
  const stored = await db.entries.toArray();
  expect(new Map(stored.map((e) => [e.id, { whatHappened: e.whatHappened, trashed: e.deletedAt !== null }]))).toEqual(
    new Map([...model].map(([id, e]) => [id, { whatHappened: e.whatHappened, trashed: e.trashed }])),
  );
}

describe('journal model', () => {
  it('the database always equals a simple in-memory model (create, edit, delete, restore, import)', async () => {
    const commands = [
      text.map((t) => new Create(t)),
      fc.tuple(fc.nat(), text).map(([i, t]) => new Edit(i, t)),
      fc.nat().map((i) => new Delete(i)),
      fc.tuple(fc.nat(), fc.nat()).map(([i, w]) => new Restore(i, w)),
      fc.constant(new ExportThenImportLater()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (run) => {
        const db = openDatabase(`model-${crypto.randomUUID()}`);
        let clock = Date.parse('2026-06-01T09:00:00.000Z');
        // Six minutes a step, so editing snapshots are not all throttled away.
        const now = () => new Date((clock += 6 * 60_000));
        const real: Real = {
          db,
          entries: createEntryRepository(db, { now }),
          revisions: createRevisionRepository(db, { now }),
          backups: createBackupRepository(db, { now }),
          saved: null,
        };
        const model: Model = new Map();
        await fc.asyncModelRun(() => ({ model, real }), run);
        await assertSame(model, db);
        db.close();
        await db.delete();
      }),
      { numRuns: 40 },
    );
  });
});
