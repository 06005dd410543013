/** A GraphQL document string that carries its result and variable types (for `useQuery`). */
export type TypedQuery<TData, TVariables> = string & {
  readonly __data?: TData;
  readonly __variables?: TVariables;
};

export function typed<TData, TVariables>(document: string): TypedQuery<TData, TVariables> {
  const result: TypedQuery<TData, TVariables> = document;
  return result;
}

export type ResultOf<Q> = Q extends TypedQuery<infer D, unknown> ? D : never;
export type VariablesOf<Q> = Q extends TypedQuery<unknown, infer V> ? V : never;
