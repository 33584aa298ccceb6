import { useCallback, useState } from 'react';

/**
 * The rendered width of an element, kept up to date: charts draw in real pixels, so their
 * labels stay the size of the text around them at any window width.
 */
export function useWidth(fallback: number): [(element: Element | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: Element | null) => {
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
