/** An input the schema refused, with one message per field the person can fix. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: Readonly<Record<string, string>>) {
    super(Object.values(fieldErrors)[0] ?? 'Some fields need attention.');
    this.name = 'ValidationError';
  }
}

export class MissingRecordError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists. It may have been deleted in another window.`);
    // Not 'NotFoundError': Dexie would mistake it for the IndexedDB error of that name.
    this.name = 'MissingRecordError';
  }
}

function namesInChain(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/** True for a full disk or storage quota, also when Dexie wraps it in an AbortError. */
export function isQuotaError(error: unknown): boolean {
  return namesInChain(error).includes('QuotaExceededError');
}

/** A sentence the UI can show when a write fails; the caller keeps the typed text. */
export function describeSaveError(error: unknown): string {
  // Dexie may wrap the guard's error in an AbortError; the name survives in the chain.
  if (namesInChain(error).includes('NewerDatabaseError')) return new NewerDatabaseError().message;
  if (isQuotaError(error)) {
    return 'Your disk or browser storage is full, so this was not saved. Your text is still here: free some space, then try again.';
  }
  if (error instanceof ValidationError || error instanceof MissingRecordError) return error.message;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `This could not be saved${detail}. Your text is still here; try again in a moment.`;
}

/** A write refused because the database was made by a newer Hindsight than this one. */
export class NewerDatabaseError extends Error {
  constructor() {
    super(
      'Your journal was last opened by a newer version of Hindsight, so this one only reads it: nothing was changed. Update Hindsight to edit again.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/**
 * The journal was closed on purpose (a lock move holds it). A reader that would open it again
 * gets this instead: an explicit open would hold the database the move is about to delete.
 */
export class JournalClosedError extends Error {
  constructor() {
    super('The journal is closed while it moves into or out of the lock.');
    this.name = 'JournalClosedError';
  }
}
