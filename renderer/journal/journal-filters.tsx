import { entryTypeLabels, entryTypes, type EntryType } from '../../shared/entry';
import { isFiltering, type JournalFilter } from '../../shared/journal-filter';
import { useTags } from '../db/use-entries';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';
import { ChoiceGroup } from '../ui/choice-group';

const typeOptions = ['all', ...entryTypes] as const;
type TypeOption = (typeof typeOptions)[number];
const typeOptionLabels: Record<TypeOption, string> = { all: 'All', ...entryTypeLabels };

interface JournalFiltersProps {
  filter: JournalFilter;
  onChange: (filter: JournalFilter) => void;
}

interface DateBoundProps {
  id: string;
  label: string;
  value: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** One end of the date range: empty (or half-typed) means no bound. */
function DateBound({ id, label, value, min, max, onChange }: DateBoundProps) {
  return (
    <div className="field compact">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
    </div>
  );
}

/**
 * Narrow the journal by type, tag, date range, reflection state and whether a story uses
 * the setback. The parts combine; "Clear filters" drops them all.
 */
export function JournalFilters({ filter, onChange }: JournalFiltersProps) {
  // The tag list walks an index: it waits until the first rows are on screen.
  const tags = useTags(useAfterFirstPaint());
  const tagOptions = filter.tag && !tags.includes(filter.tag) ? [filter.tag, ...tags] : tags;
  const set = (part: Partial<JournalFilter>) => onChange({ ...filter, ...part });

  return (
    <div className="filters" role="group" aria-label="Filters">
      <ChoiceGroup
        label="Show"
        className="compact"
        options={typeOptions}
        labels={typeOptionLabels}
        value={filter.type ?? 'all'}
        onChange={(value) => set({ type: value === 'all' ? undefined : (value as EntryType) })}
      />
      <div className="filter-line">
        <div className="field compact">
          <label htmlFor="tag-filter">Tag</label>
          <select
            id="tag-filter"
            value={filter.tag ?? ''}
            onChange={(event) => set({ tag: event.target.value || undefined })}
          >
            <option value="">Any tag</option>
            {tagOptions.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <DateBound
          id="from-filter"
          label="From"
          value={filter.from}
          max={filter.to}
          onChange={(from) => set({ from })}
        />
        <DateBound id="to-filter" label="To" value={filter.to} min={filter.from} onChange={(to) => set({ to })} />
      </div>
      <div className="filter-line">
        <label className="check">
          <input
            type="checkbox"
            checked={filter.waitingOnly ?? false}
            onChange={(event) => set({ waitingOnly: event.target.checked || undefined })}
          />
          Waiting for reflection
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.hasStory ?? false}
            onChange={(event) => set({ hasStory: event.target.checked || undefined })}
          />
          Has a story
        </label>
        {isFiltering(filter) && (
          <button type="button" className="quiet clear-filters" onClick={() => onChange({})}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
