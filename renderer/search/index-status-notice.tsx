import type { IndexStatus } from '../../shared/search/search-protocol';

const reasons = {
  missing: 'Building the search index for the first time',
  outdated: 'Rebuilding the search index after an update',
  import: 'Rebuilding the search index after the import',
};

/** Says when search answers from an index still being built or loaded, or not at all. */
export function IndexStatusNotice({ status }: { status: IndexStatus }) {
  if (status.state === 'failed')
    return (
      <p role="alert" className="form-alert">
        Search is not available right now{status.message ? ` (${status.message})` : ''}. Your journal is safe; try
        reloading the app.
      </p>
    );
  if (status.state === 'building') {
    const percent = status.total === 0 ? 0 : Math.floor((status.indexed / status.total) * 100);
    return (
      <p role="status" className="search-note">
        {reasons[status.reason ?? 'missing']}: {percent}% done. Results so far are shown and fill in as it goes.
      </p>
    );
  }
  if (status.state === 'starting' || status.state === 'loading')
    return (
      <p role="status" className="search-note">
        Opening the search index…
      </p>
    );
  return null;
}
