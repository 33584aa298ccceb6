// The lock, below the repositories: a Dexie middleware that seals every row it writes and
// opens every row it reads, so no feature has to think about encryption. With the lock on,
// a stored row keeps only what its indexes read (ids, dates, kinds — never written text;
// written text that is indexed, like tags, as keyed tokens) and `sealed`: the whole row,
// encrypted and bound to its table and id. With the lock off it passes rows through.
import type { DBCore, DBCoreCursor, DBCoreKeyRange, DBCoreTable, Middleware } from 'dexie';
import { isSealed, TOKEN_PREFIX, type Sealed, type SealingCipher } from '../../shared/lock/sealed-shape';

/** The journal is locked: nothing can be read or written until it is unlocked. */
export class LockedError extends Error {
  constructor() {
    super('The journal is locked. Unlock it to go on.');
    this.name = 'LockedError';
  }
}

/** How a database's rows are sealed: which fields stay in the clear, which become tokens. */
export interface SealingLayout {
  /** Fields the table's indexes read, primary key first. */
  indexed(table: string): readonly string[];
  /** Indexed fields holding written text: stored as tokens. */
  written(table: string): readonly string[];
}

/** Where a middleware takes its cipher from: the session's, or a fixed one (turning the lock on or off). */
export interface SealingState {
  /** True when rows are sealed in this database. */
  sealed(): boolean;
  /** The cipher of the unlocked data key, or null while locked. */
  cipher(): SealingCipher | null;
}

/** A row that does not open (tampered or damaged): kept as it is, never deleted, and reported. */
export interface Quarantined {
  table: string;
  id: string;
}

const quarantined = new Map<string, Quarantined>();
const quarantineListeners = new Set<() => void>();

// One array per change: the list React reads must not be a new array on every read.
let listed: Quarantined[] = [];

export const quarantine = {
  list: (): Quarantined[] => listed,
  subscribe(listener: () => void): () => void {
    quarantineListeners.add(listener);
    return () => quarantineListeners.delete(listener);
  },
};

function noteQuarantined(table: string, id: string) {
  const key = `${table}/${id}`;
  if (quarantined.has(key)) return;
  quarantined.set(key, { table, id });
  listed = [...quarantined.values()];
  quarantineListeners.forEach((listener) => listener());
}

type Row = Record<string, unknown> & { sealed?: Sealed };

export function sealingMiddleware(layout: SealingLayout, state: SealingState): Middleware<DBCore> {
  const cipherOrThrow = () => {
    const cipher = state.cipher();
    if (!cipher) throw new LockedError();
    return cipher;
  };
  const token = (cipher: SealingCipher, value: unknown) =>
    typeof value === 'string' && !value.startsWith(TOKEN_PREFIX) ? cipher.token(value) : value;

  function seal(table: string, value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const cipher = cipherOrThrow();
    const row = value as Record<string, unknown>;
    const id = String(row['id']);
    const stored: Row = {};
    const written = layout.written(table);
    for (const field of layout.indexed(table)) {
      if (!(field in row)) continue;
      const clear = row[field];
      stored[field] = written.includes(field)
        ? Array.isArray(clear)
          ? clear.map((item) => token(cipher, item))
          : token(cipher, clear)
        : clear;
    }
    stored.sealed = cipher.seal(`${table}/${id}`, row);
    return stored;
  }

  /** The row as written, or undefined for one that does not open (quarantined). */
  function open(table: string, value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const row = value as Row;
    if (!isSealed(row.sealed)) return value;
    const cipher = cipherOrThrow();
    const id = String(row['id']);
    try {
      return cipher.open(`${table}/${id}`, row.sealed);
    } catch {
      noteQuarantined(table, id);
      return undefined;
    }
  }

  function tokenRange(cipher: SealingCipher, range: DBCoreKeyRange): DBCoreKeyRange {
    // Only equality can be asked of a token ("setbacks tagged hiring"); an ordered walk of
    // the index (every tag in use) reads the tokens themselves.
    if (range.type !== 1 || range.lower !== range.upper) return range;
    const value = token(cipher, range.lower);
    return { ...range, lower: value, upper: value };
  }

  return {
    stack: 'dbcore',
    name: 'hindsight-sealing',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const written = layout.written(name);
          const withTokens = <R extends { query: { index: { name: string | null }; range: DBCoreKeyRange } }>(
            req: R,
          ): R => {
            if (!state.sealed() || !req.query.index.name || !written.includes(req.query.index.name)) return req;
            return { ...req, query: { ...req.query, range: tokenRange(cipherOrThrow(), req.query.range) } };
          };
          return {
            ...table,
            mutate(req) {
              if (!state.sealed() || (req.type !== 'add' && req.type !== 'put')) return table.mutate(req);
              return table.mutate({ ...req, values: req.values.map((value) => seal(name, value)) });
            },
            // `.then`, never `await`: Dexie keeps its transaction alive across its own
            // promises only, and a native await here commits it too early.
            get(req) {
              return table.get(req).then((value) => open(name, value));
            },
            getMany(req) {
              return table.getMany(req).then((values) => values.map((value) => open(name, value)));
            },
            query(req) {
              return table.query(withTokens(req)).then((result) =>
                req.values
                  ? {
                      ...result,
                      result: result.result.map((value) => open(name, value)).filter((v) => v !== undefined),
                    }
                  : result,
              );
            },
            openCursor(req) {
              return table
                .openCursor(withTokens(req))
                .then((cursor) =>
                  !cursor || !req.values
                    ? cursor
                    : (Object.create(cursor, { value: { get: () => open(name, cursor.value) } }) as DBCoreCursor),
                );
            },
            count(req) {
              return table.count(withTokens(req));
            },
          };
        },
      };
    },
  };
}
