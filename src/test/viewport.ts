/**
 * jsdom has no layout and no window.matchMedia, so MUI's useMediaQuery answers false to every query.
 * This answers the min-width and max-width queries MUI's breakpoints write as a browser this wide would.
 * Returns the function that takes the stand-in away again.
 */
export function setViewportWidth(width: number): () => void {
  const matches = (query: string) =>
    query.split(/\s+and\s+/).every((part) => {
      const m = /\((min|max)-width:\s*([\d.]+)px\)/.exec(part);
      if (!m) return false;
      return m[1] === 'min' ? width >= Number(m[2]) : width <= Number(m[2]);
    });
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  return () => {
    window.matchMedia = original;
  };
}
