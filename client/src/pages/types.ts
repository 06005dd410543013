/**
 * What every page receives. `api.view` is the whole view (parsed from the URL), `api.update`
 * changes it (page-specific values go in `params`, e.g. `api.update({ params: { shift: '0.2' } })`),
 * `api.hrefFor(page)` links to another page keeping the shared state.
 */
import type { ViewStateApi } from '../state/useViewState';

export interface PageProps {
  api: ViewStateApi;
}
