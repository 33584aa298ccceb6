import { createElement, lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads on first use (or when preloaded), rendered like any other. */
export interface LazyComponent<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the code now (idempotent); resolves once it is loaded. */
  preload(): Promise<unknown>;
  /** The component once its code is loaded. */
  loaded(): ComponentType<P> | undefined;
}

/**
 * The one way the app loads a page or a heavy part lazily. Until its code is loaded it
 * suspends, like React.lazy (a Suspense boundary above shows the fallback); once loaded it
 * renders the component directly. React.lazy alone suspends on its first render even when
 * the code is already there, and React then holds the boundary's content back for up to
 * 300 ms after its fallback shows: a preloaded part would still blink.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => (loading ??= load().then((loaded) => (component = loaded)));
  const Suspending = lazy(() => preload().then((loaded) => ({ default: loaded })));
  function Lazy(props: P): ReactNode {
    // Chosen once per mount, so a part is never swapped (and its state lost) while shown.
    const [Chosen] = useState<ComponentType<P>>(() => component ?? (Suspending as unknown as ComponentType<P>));
    return createElement(Chosen, props);
  }
  return Object.assign(Lazy, { preload, loaded: () => component });
}

/** True once `part`'s code is loaded; starts loading it. For parts shown without a fallback. */
export function useLazyLoaded<P extends object>(part: LazyComponent<P>): boolean {
  const [loaded, setLoaded] = useState(() => part.loaded() !== undefined);
  useEffect(() => {
    if (!loaded) void part.preload().then(() => setLoaded(true));
  }, [loaded, part]);
  return loaded;
}
