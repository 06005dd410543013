/** A small typed GraphQL client over fetch: POST JSON to /graphql, errors as thrown sentences. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function graphqlRequest<TData, TVariables = Record<string, unknown>>(
  query: string,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new GraphQLRequestError(
      'Fairshare’s server did not answer. Check that it is running, then reload the page.',
      'NETWORK',
    );
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TData;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body)
    throw new GraphQLRequestError(
      `The server answered ${response.status} without data.`,
      'BAD_RESPONSE',
    );
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new GraphQLRequestError(first.message, first.extensions?.code);
  }
  if (!body.data)
    throw new GraphQLRequestError('The server answered without data.', 'BAD_RESPONSE');
  return body.data;
}
