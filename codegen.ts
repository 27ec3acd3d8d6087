// GraphQL Code Generator: schema.graphql is the contract; the resolvers' types are generated from it
// (never written by hand a second time). `npm run codegen` rewrites src/api/generated/graphql.ts and
// test/api/codegen.test.ts fails when the committed file is not what the schema generates.
import type { CodegenConfig } from '@graphql-codegen/cli';

export const codegenConfig: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#ApiContext',
        // Resolvers receive the graph layer's rows, not the GraphQL shapes.
        mappers: {
          Actor: '../../graph/read/types.ts#ActorRow',
          Statement: '../../graph/read/types.ts#StatementRow',
          Article: '../../graph/read/types.ts#ArticleRow',
          Outlet: '../../graph/read/types.ts#OutletRow',
          ActorRelation: '../../graph/read/types.ts#ActorRelationRow',
          StatementConnection: '../connections.ts#Connection<StatementRow>',
          ActorConnection: '../connections.ts#Connection<ActorRow>',
          ArticleConnection: '../connections.ts#Connection<ArticleRow>',
          StatementEdge: '../connections.ts#Edge<StatementRow>',
          ActorEdge: '../connections.ts#Edge<ActorRow>',
          ArticleEdge: '../connections.ts#Edge<ArticleRow>',
          StatementHit: '../../graph/read/types.ts#StatementHitRow',
          ActorHit: '../../graph/read/types.ts#ActorHitRow',
          SearchResults: '../../graph/read/types.ts#SearchRows',
          Extraction: '../../extract/types.ts#Extraction as ExtractionModel',
          ExtractedActor: '../../extract/types.ts#ExtractedActor as ExtractedActorModel',
          ExtractedStatement: '../../extract/types.ts#ExtractedStatement as ExtractedStatementModel',
          IngestResult: '../../graph/read/types.ts#IngestResultRow',
          ActorCandidate: '../../graph/read/types.ts#ActorCandidateRow',

          Claim: '../../graph/read/types.ts#ClaimRow',
          ClaimResponse: '../../graph/read/types.ts#ClaimResponseRow',
          FirstReport: '../../graph/read/types.ts#ClaimRow',
          ClaimConnection: '../connections.ts#Connection<ClaimRow>',
          ClaimEdge: '../connections.ts#Edge<ClaimRow>',
        },
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default codegenConfig;
