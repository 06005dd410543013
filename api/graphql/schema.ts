/** Loads schema.graphql, the API's source of truth. */
import fs from 'node:fs';

export const typeDefs = fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
