import { forwardRef } from 'react';
import '../styles/search.css';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

/** The journal's search field: setbacks and stories, as you type. Escape clears it. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox({ value, onChange }, ref) {
  return (
    <div className="search-box">
      <input
        ref={ref}
        type="search"
        aria-label="Search"
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
    </div>
  );
});
