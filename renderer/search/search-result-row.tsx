import { memo } from 'react';
import { Link } from 'wouter';
import { entryTypeLabels } from '../../shared/entry';
import { matchRanges, snippetFor } from '../../shared/search/highlight';
import { useSearchRecordText } from './use-search-record';
import { formatDay } from '../ui/format';
import { HighlightedText } from './highlighted-text';
import type { SearchAnswer } from '../../shared/search/search-protocol';

type Hit = SearchAnswer['hits'][number];

interface SearchResultRowProps {
  hit: Hit;
  terms: ReadonlySet<string>;
  prefix: string | null;
}

function Snippet({ hit, terms, prefix }: SearchResultRowProps) {
  const text = useSearchRecordText(hit.kind, hit.id);
  if (!text) return <span className="search-snippet" aria-hidden={text === undefined} />;
  const snippet = snippetFor(text, terms, prefix);
  return (
    <span className="search-snippet">
      <HighlightedText text={snippet.text} ranges={snippet.ranges} />
    </span>
  );
}

/** One search result: the title and a few lines around the match, the matched words marked. */
export const SearchResultRow = memo(function SearchResultRow({ hit, terms, prefix }: SearchResultRowProps) {
  const href = hit.kind === 'entry' ? `/journal/${hit.id}` : `/stories/${hit.id}`;
  return (
    <>
      <Link href={href} className="entry-link">
        <span className="entry-title">
          <HighlightedText text={hit.title} ranges={matchRanges(hit.title, terms, prefix)} />
        </span>
        <span className="entry-meta">
          {hit.kind === 'story' ? (
            <span className="kind-chip">Story</span>
          ) : (
            <>
              <time dateTime={hit.occurredOn}>{formatDay(hit.occurredOn)}</time>
              {hit.type && <span className={`type-chip type-${hit.type}`}>{entryTypeLabels[hit.type]}</span>}
            </>
          )}
          {hit.tags.map((tag) => (
            <span key={tag} className="tag">
              {hit.kind === 'entry' ? '#' : ''}
              <HighlightedText text={tag} ranges={matchRanges(tag, terms, prefix)} />
            </span>
          ))}
        </span>
        <Snippet hit={hit} terms={terms} prefix={prefix} />
      </Link>
    </>
  );
});
