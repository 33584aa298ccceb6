import { defaultRangeExtractor, measureElement, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  /** The items loaded so far; more may follow (`hasMore`). */
  items: readonly T[];
  /** A stable key per item (React's key, and the key of its measured size). */
  getKey: (item: T) => string;
  /** The content of one row; the list wraps it in its own `<li>`. */
  renderItem: (item: T, index: number) => ReactNode;
  /** A row's height in px before it is measured; rows are measured once shown. */
  estimateSize: number;
  /** The list's accessible name. */
  label: string;
  /** More items exist beyond `items` (screen readers then hear "set size unknown"). */
  hasMore?: boolean;
  /** Called when the rows shown come within `endThreshold` rows of the end: load the next page. */
  onEndReached?: () => void;
  endThreshold?: number;
  /** Rows rendered beyond the visible ones, each way (also what Tab can reach next). */
  overscan?: number;
  className?: string;
  itemClassName?: string;
  /**
   * False while the list is hidden (the journal under a search): it stops following the
   * scroll container and keeps its rows as they are, so showing it again costs nothing.
   * Once active again, the virtualizer puts the container back where it was when the list
   * was hidden (it scrolls to the offset it last followed) and follows it from there.
   * Default true.
   */
  active?: boolean;
}

/**
 * The nearest ancestor that scrolls vertically: the list scrolls with the page around it.
 * (In the app that is `main`; a page that scrolls the document itself should give its
 * root element `overflow-y: auto`.)
 */
function scrollParentOf(element: HTMLElement | null): Element | null {
  for (let node = element?.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/** Where the list starts in its scroll container's content, so row offsets line up with scrolling. */
function offsetIn(list: HTMLElement, target: Element): number {
  return list.getBoundingClientRect().top - target.getBoundingClientRect().top + target.scrollTop;
}

/**
 * A long list that renders only the rows near the viewport, for thousands of items.
 *
 * - Semantics stay a real list: `<ul aria-label>` of `<li>`s with aria-posinset/setsize,
 *   so assistive tech hears "item 12 of 10,000" (or of an unknown number while `hasMore`).
 * - It does not scroll on its own: it follows its nearest scrolling ancestor, so the page
 *   scrolls as usual and content above the list scrolls away with it.
 * - Rows are measured as they render, so rows of different heights are fine; `estimateSize`
 *   only places rows not yet seen.
 * - Keyboard: Tab moves through the rows' links; the focused row and the one after it are
 *   always rendered, even when scrolled far away or when Tab is pressed faster than frames.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, getKey, renderItem, estimateSize, label, hasMore = false, onEndReached } = props;
  const { endThreshold = 10, overscan = 6, active = true } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const [target, setTarget] = useState<Element | null>(null);
  const followed = active ? target : null;
  const [margin, setMargin] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);

  useLayoutEffect(() => {
    setTarget(scrollParentOf(listRef.current));
  }, []);
  // Content above the list (filters wrapping, a notice) moves it: keep its offset current.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!followed || !list?.parentElement) return;
    const update = () => setMargin(offsetIn(list, followed));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [followed]);

  // The focused row stays rendered, and so does the one after it: Tab always finds the next
  // row, however fast it is pressed (the overscan alone follows scrolling, a frame later).
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === null) return indexes;
      const kept = [focused, focused + 1].filter((index) => index < range.count && !indexes.includes(index));
      return kept.length === 0 ? indexes : [...indexes, ...kept].sort((a, b) => a - b);
    },
    [focused],
  );

  // The React Compiler does not memoize this component (TanStack's API is mutable); it needs no memo.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<Element, HTMLLIElement>({
    count: items.length,
    getScrollElement: () => followed,
    estimateSize: () => estimateSize,
    // A row mounted while the list is hidden has no height yet: it keeps what is known of it
    // (or the estimate) and is measured for real once the list is shown.
    measureElement: (element, entry, instance) => {
      if (active) return measureElement(element, entry, instance);
      const item = items[instance.indexFromElement(element)];
      return (item && instance.itemSizeCache.get(getKey(item))) ?? estimateSize;
    },
    getItemKey: (index) => getKey(items[index]!),
    overscan,
    scrollMargin: margin,
    rangeExtractor,
    // Render the first screen in the first pass, before the scroller has been measured.
    initialRect: { width: 0, height: window.innerHeight },
  });

  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (active && hasMore && onEndReached && lastShown >= items.length - 1 - endThreshold) onEndReached();
  }, [active, hasMore, onEndReached, lastShown, items.length, endThreshold]);

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    setFocused(row ? Number(row.dataset.index) : null);
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };

  return (
    <ul
      ref={listRef}
      className={props.className}
      aria-label={label}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {rows.map((row) => {
        const item = items[row.index]!;
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            className={props.itemClassName}
            aria-posinset={row.index + 1}
            aria-setsize={hasMore ? -1 : items.length}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {renderItem(item, row.index)}
          </li>
        );
      })}
    </ul>
  );
}
