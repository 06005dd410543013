import { describe, expect, it } from 'vitest';
import {
  describeAction,
  describeDetails,
  hasRole,
  safeNextPath,
  signInHref,
} from '../../../client/src/account/helpers';

describe('safeNextPath', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNextPath('/sources')).toBe('/sources');
    expect(safeNextPath('/allocations?dim=TRAINING&from=2019')).toBe(
      '/allocations?dim=TRAINING&from=2019',
    );
  });

  it('refuses other sites, schemes and odd input, going home instead', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'sources',
      '/ok\nSet-Cookie: x',
      '',
      null,
      undefined,
    ])
      expect(safeNextPath(bad)).toBe('/');
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeNextPath('/signin')).toBe('/');
    expect(safeNextPath('/signin/?next=/x')).toBe('/');
  });
});

describe('signInHref', () => {
  it('carries the page to come back to, encoded', () => {
    expect(signInHref('/funders?focus=12')).toBe('/signin?next=%2Ffunders%3Ffocus%3D12');
    expect(signInHref('/')).toBe('/signin');
    expect(signInHref('//evil.example')).toBe('/signin');
  });
});

describe('hasRole', () => {
  it('includes the rights of every lower role', () => {
    expect(hasRole('ADMIN', 'STEWARD')).toBe(true);
    expect(hasRole('STEWARD', 'STEWARD')).toBe(true);
    expect(hasRole('ANALYST', 'STEWARD')).toBe(false);
    expect(hasRole('VIEWER', 'ANALYST')).toBe(false);
    expect(hasRole('VIEWER', 'VIEWER')).toBe(true);
  });
});

describe('audit wording', () => {
  it('names known actions in words and unknown ones readably', () => {
    expect(describeAction('token_create')).toBe('Created an API token');
    expect(describeAction('scenario_save')).toBe('Scenario save');
  });

  it('lists details as key: value pairs, and keeps text that is not a JSON object', () => {
    expect(describeDetails('{"from":"viewer","to":"steward"}')).toBe('from: viewer; to: steward');
    expect(describeDetails('{"ids":[1,2]}')).toBe('ids: [1,2]');
    expect(describeDetails('not json')).toBe('not json');
    expect(describeDetails('[1,2]')).toBe('[1,2]');
    expect(describeDetails(null)).toBe('');
  });
});
