/** The URL holds the whole view: parse and serialize are inverse, defaults stay out of links. */
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../client/src/state/useViewState';
import {
  DEFAULT_VIEW,
  EMPTY_SCOPE,
  activeFilterCount,
  parseView,
  serializeView,
  toScopeInput,
  type ViewState,
} from '../../client/src/state/viewState';

describe('view state in the URL', () => {
  it('reads an empty address as the default view', () => {
    expect(parseView('/', '')).toEqual({ view: DEFAULT_VIEW, problems: [] });
  });

  it('leaves defaults out of the link', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('/');
    expect(serializeView({ ...DEFAULT_VIEW, page: 'equity' })).toBe('/equity');
  });

  it('round-trips every scope field, the measures and page parameters', () => {
    const view: ViewState = {
      page: 'funders',
      dimension: 'SERVICES',
      needBasis: 'PREVALENCE',
      attribution: 'EVEN_SPLIT',
      scope: {
        yearFrom: 2018,
        yearTo: 2022,
        countries: ['US'],
        usStates: ['CA', 'TX'],
        funderIds: ['3', '12'],
        recipientIds: ['40'],
        categories: ['LEGAL', 'HOUSING'],
        datasetIds: ['2'],
        needDatasetIds: ['5', '6'],
        illustrativeData: 'EXCLUDE',
      },
      params: { focus: 'f:3', compare: '3,12' },
    };
    const address = serializeView(view);
    // Lists come out sorted (ids numerically), so equal views give equal links.
    expect(address).toBe(
      '/funders?dim=SERVICES&basis=PREVALENCE&rule=EVEN_SPLIT&from=2018&to=2022&data=real&country=US&state=CA,TX' +
        '&funder=3,12&recipient=40&category=HOUSING,LEGAL&dataset=2&needDataset=5,6&compare=3,12&focus=f:3',
    );
    const [path, query] = address.split('?');
    const parsed = parseView(path!, `?${query}`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.view).toEqual({
      ...view,
      scope: { ...view.scope, categories: ['HOUSING', 'LEGAL'] },
    });
  });

  it('ignores what it does not understand and says so', () => {
    const { view, problems } = parseView(
      '/equity',
      '?basis=VIBES&from=20x1&state=CA,ZZ&rule=EXCLUDE',
    );
    expect(view.needBasis).toBe('IDENTIFIED_VICTIMS');
    expect(view.attribution).toBe('EXCLUDE');
    expect(view.scope.yearFrom).toBeNull();
    expect(view.scope.usStates).toEqual(['CA']);
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.includes('need basis "VIBES"'))).toBe(true);
    expect(problems.some((p) => p.includes('"20x1"'))).toBe(true);
    expect(problems.some((p) => p.includes('"ZZ"'))).toBe(true);
  });

  it('reads the real-data-only switch from the link, and says when it cannot', () => {
    expect(parseView('/', '?data=real').view.scope.illustrativeData).toBe('EXCLUDE');
    expect(parseView('/', '?data=with-demo').view.scope.illustrativeData).toBe('INCLUDE');
    const odd = parseView('/', '?data=fake');
    expect(odd.view.scope.illustrativeData).toBe('AUTO');
    expect(odd.problems).toEqual([
      'The link\'s data choice "fake" is not one Fairshare knows (real or with-demo); it was ignored.',
    ]);
    expect(toScopeInput({ ...EMPTY_SCOPE, illustrativeData: 'EXCLUDE' })).toEqual({
      illustrativeData: 'EXCLUDE',
    });
    expect(toScopeInput(EMPTY_SCOPE)).toBeNull();
  });

  it('swaps a reversed year range and reports it', () => {
    const { view, problems } = parseView('/', '?from=2022&to=2019');
    expect([view.scope.yearFrom, view.scope.yearTo]).toEqual([2019, 2022]);
    expect(problems[0]).toContain('swapped');
  });

  it('maps unknown paths to not-found', () => {
    expect(parseView('/nope', '').view.page).toBe('not-found');
    expect(parseView('/allocations/', '').view.page).toBe('allocations');
  });

  it('gives the API no empty lists (an empty list is an error there)', () => {
    expect(toScopeInput(EMPTY_SCOPE)).toBeNull();
    expect(toScopeInput({ ...EMPTY_SCOPE, usStates: ['CA'], yearTo: 2020 })).toEqual({
      usStates: ['CA'],
      yearTo: 2020,
    });
  });

  it('counts active filters, the year range as one', () => {
    expect(
      activeFilterCount({ ...EMPTY_SCOPE, yearFrom: 2016, yearTo: 2019, funderIds: ['1'] }),
    ).toBe(2);
  });

  it('patches the view: null or empty removes a page parameter', () => {
    const v = applyPatch(
      { ...DEFAULT_VIEW, params: { focus: 'f:1', sort: 'total' } },
      {
        params: { focus: null, compare: '1,2', sort: '' },
        scope: { usStates: ['NY'] },
      },
    );
    expect(v.params).toEqual({ compare: '1,2' });
    expect(v.scope.usStates).toEqual(['NY']);
    expect(serializeView({ ...v, page: 'funders' })).toBe('/funders?state=NY&compare=1,2');
  });
});
