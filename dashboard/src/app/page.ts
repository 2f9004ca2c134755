import type { TemplateResult } from 'lit';
import type { Localized } from '../../../protocol/i18n.js';
import type { Services } from './services.js';

/** What a page gets: the services and the parts of its address. */
export interface PageContext {
  services: Services;
  params: Record<string, string>;
  query: URLSearchParams;
}

/**
 * One page of the dashboard. To add a page: write `pages/<name>/<name>-page.ts` (a LitElement
 * that takes `.services` and its params), add its pattern to app/paths.ts, and one entry to
 * ROUTES in app/routes.ts. The page's code is loaded only when first visited.
 */
export interface PageRoute {
  pattern: string;
  /** Browser tab title. */
  title: Localized;
  /** Label in the top navigation; pages without one are reached by links. */
  nav?: Localized;
  /** 'bare': no header or navigation (monitor mode on a TV). */
  chrome?: 'full' | 'bare';
  load: () => Promise<unknown>;
  render: (ctx: PageContext) => TemplateResult;
}
