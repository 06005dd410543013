import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'api/schema.graphql',
  generates: {
    'api/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../../context#GraphQLContext',
        useIndexSignature: false,
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Dataset: '../../db/tables#DbDataset',
          Organization: '../../db/tables#DbOrganization',
          NeedIndicator: '../../db/tables#DbNeedIndicator',
        },
      },
    },
  },
};
export default config;
