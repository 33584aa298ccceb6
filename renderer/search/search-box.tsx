import { forwardRef } from 'react';
import type { IndexStatus } from '../../shared/search/search-protocol';
import { useIndexStatus } from './use-search';
import './search.css';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/** What the search box says of itself, so a screen reader hears whether search is ready yet. */
export function describeIndexState(status: IndexStatus): string {
  switch (status.state) {
    case 'ready':
      return 'Finds setbacks and stories as you type.';
    case 'failed':
      return 'Search is not available right now.';
    case 'building': {
      const percent = status.total === 0 ? 0 : Math.floor((status.indexed / status.total) * 100);
      return `Building the search index: ${percent}% done. Results so far are shown.`;
    }
    default:
      return 'Opening the search index…';
  }
}

/** The journal's search field: setbacks and stories, as you type. Escape clears it. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox({ value, onChange }, ref) {
  const status = useIndexStatus();
  return (
    <div className="search-box">
      <input
        ref={ref}
        type="search"
        aria-label="Search"
        aria-describedby="search-index-state"
        placeholder="Search setbacks and stories"
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      <span id="search-index-state" className="visually-hidden">
        {describeIndexState(status)}
      </span>
    </div>
  );
});
