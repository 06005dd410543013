/**
 * Helpers for the auth suites: users and organizations made straight in the database, and an
 * HTTP client with a cookie jar that talks to the real app like a browser or a script does.
 */
import type { Knex } from 'knex';
import { hashPassword } from '../../../api/auth/passwords';
import type { Role } from '../../../core/vocabulary';

export const PASSWORD = 'correct horse battery staple';

export async function makeOrganization(
  knex: Knex,
  slug: string,
  kind: 'FUNDER' | 'PROVIDER' | 'COALITION' | 'AGENCY' = 'PROVIDER',
): Promise<number> {
  const [row] = await knex('organizations')
    .insert({ slug, name: `Org ${slug}`, kind })
    .returning<{ id: number }[]>('id');
  return row!.id;
}

let cachedHash: Promise<string> | undefined;

/** A user with PASSWORD (hashed once per test file) and the given memberships. */
export async function makeUser(
  knex: Knex,
  email: string,
  memberships: Array<[organizationId: number, role: Role]> = [],
  password?: string,
): Promise<number> {
  const hash = password
    ? await hashPassword(password)
    : await (cachedHash ??= hashPassword(PASSWORD));
  const [row] = await knex('users')
    .insert({ email, display_name: email.split('@')[0], password_hash: hash })
    .returning<{ id: number }[]>('id');
  for (const [organizationId, role] of memberships) {
    await knex('memberships').insert({ user_id: row!.id, organization_id: organizationId, role });
  }
  return row!.id;
}

export interface GqlResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  };
}

/** A caller: anonymous until it signs in (cookie jar) or is given a bearer token. */
export class Client {
  private cookies = new Map<string, string>();
  constructor(
    readonly url: string,
    private token: string | null = null,
  ) {}

  withToken(token: string | null): this {
    this.token = token;
    return this;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async gql(
    query: string,
    variables: Record<string, unknown> = {},
    extraHeaders: Record<string, string> = {},
  ): Promise<GqlResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let body: GqlResponse['body'];
    try {
      body = JSON.parse(text) as GqlResponse['body'];
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: res.status, headers: res.headers, body };
  }

  async signIn(email: string, password = PASSWORD): Promise<GqlResponse> {
    return this.gql(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email } }`,
      { email, password },
    );
  }
}

/** Signs a new client in and fails loudly when that does not work. */
export async function signedIn(url: string, email: string, password = PASSWORD): Promise<Client> {
  const client = new Client(url);
  const res = await client.signIn(email, password);
  if (res.body.errors)
    throw new Error(`sign-in of ${email} failed: ${res.body.errors[0]!.message}`);
  return client;
}

/** Creates an API token for a signed-in client and returns it. */
export async function makeToken(
  client: Client,
  scope: 'READ' | 'WRITE',
  name = 'script',
): Promise<{ id: string; token: string }> {
  const res = await client.gql(
    `mutation($name: String!, $scope: TokenScope!) { createApiToken(name: $name, scope: $scope) { token apiToken { id } } }`,
    { name, scope },
  );
  if (res.body.errors) throw new Error(`createApiToken failed: ${res.body.errors[0]!.message}`);
  const created = res.body.data!.createApiToken as { token: string; apiToken: { id: string } };
  return { id: created.apiToken.id, token: created.token };
}

/** The codes of a response's errors. */
export const codes = (res: GqlResponse): unknown[] =>
  (res.body.errors ?? []).map((e) => e.extensions?.code);
