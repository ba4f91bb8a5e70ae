import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type View = 'list' | 'show' | 'edit' | 'create';
type ViewModule = Record<string, unknown>;

const suffix: Record<View, string> = { list: 'List', show: 'Show', edit: 'Edit', create: 'Create' };

/**
 * A resource's views, each loaded only when first shown (the first screen does not pay for the rest).
 * Each module names its view by the resource and the view (`DeletionTicketList`), and that export is used.
 */
export function lazyViews<V extends View>(loaders: Record<V, () => Promise<ViewModule>>): Record<V, LazyExoticComponent<ComponentType>> {
  const entries = (Object.keys(loaders) as V[]).map((view) => [
    view,
    lazy(async () => {
      const module = await loaders[view]();
      const found = Object.entries(module).find(([name]) => name.endsWith(suffix[view]));
      if (!found) throw new Error(`The ${view} view module exports no component named …${suffix[view]}`);
      return { default: found[1] as ComponentType };
    }),
  ]);
  return Object.fromEntries(entries) as Record<V, LazyExoticComponent<ComponentType>>;
}
