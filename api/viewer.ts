/**
 * Who is calling. Until accounts exist every caller is anonymous; the visibility rules in
 * api/data/visibility.ts already take a Viewer so that private data is scoped in SQL from day one.
 */
import type { Role } from '../core/vocabulary';

export interface Membership {
  organizationId: number;
  role: Role;
}

export interface Viewer {
  userId: number | null;
  memberships: Membership[];
  /** 'session' (cookie), 'token' (API token) or 'anonymous'. */
  via: 'session' | 'token' | 'anonymous';
  /** For API tokens: read or write. */
  tokenScope: 'read' | 'write' | null;
}

export const ANONYMOUS: Viewer = {
  userId: null,
  memberships: [],
  via: 'anonymous',
  tokenScope: null,
};
