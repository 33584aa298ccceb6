import { entryTypeLabels, entryTypes, type EntryType } from '../../shared/entry';
import type { JournalFilter } from '../db/entry-repository';
import { ChoiceGroup } from '../ui/choice-group';

const typeOptions = ['all', ...entryTypes] as const;
type TypeOption = (typeof typeOptions)[number];
const typeOptionLabels: Record<TypeOption, string> = { all: 'All', ...entryTypeLabels };

interface JournalFiltersProps {
  filter: JournalFilter;
  tags: readonly string[];
  onChange: (filter: JournalFilter) => void;
}

/** Narrow the journal by type, by tag, and to setbacks still waiting for reflection. */
export function JournalFilters({ filter, tags, onChange }: JournalFiltersProps) {
  return (
    <div className="filters" role="group" aria-label="Filters">
      <ChoiceGroup
        label="Show"
        className="compact"
        options={typeOptions}
        labels={typeOptionLabels}
        value={filter.type ?? 'all'}
        onChange={(value) => onChange({ ...filter, type: value === 'all' ? undefined : (value as EntryType) })}
      />
      <div className="field compact">
        <label htmlFor="tag-filter">Tag</label>
        <select
          id="tag-filter"
          value={filter.tag ?? ''}
          onChange={(event) => onChange({ ...filter, tag: event.target.value || undefined })}
        >
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.waitingOnly ?? false}
          onChange={(event) => onChange({ ...filter, waitingOnly: event.target.checked })}
        />
        Waiting for reflection
      </label>
    </div>
  );
}
