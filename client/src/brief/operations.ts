/** The brief's GraphQL operations. */
import type * as G from '../generated/graphql';
import { typed } from '../api/typed';

export const BRIEF_VIEWER = typed<G.BriefViewerQuery, G.BriefViewerQueryVariables>(/* GraphQL */ `
  query BriefViewer {
    me {
      id
      memberships {
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

export const CREATE_BRIEF = typed<G.CreateBriefMutation, G.CreateBriefMutationVariables>(
  /* GraphQL */ `
    mutation CreateBrief($input: BriefInput!) {
      createBrief(input: $input) {
        id
      }
    }
  `,
);

export const BRIEF = typed<G.BriefPageQuery, G.BriefPageQueryVariables>(/* GraphQL */ `
  query BriefPage($id: ID!) {
    brief(id: $id) {
      id
      kind
      title
      organization {
        id
        name
      }
      createdAt
      updatedAt
      appVersion
      scenarioVersion
      permalink
      illustrative
      finding
      figures {
        key
        label
        value
        text
      }
      charts {
        key
        title
        unit
        svg
      }
      assumptions {
        label
        value
      }
      uncertainty {
        label
        value
      }
      vintages {
        label
        value
      }
      citations {
        name
        citation
        url
        confidence
        vintage
        illustrative
      }
      notes
      recommendations {
        audience
        text
      }
      suggestedRecommendations {
        audience
        text
      }
      newerData
      pdfPath
      bundlePath
    }
  }
`);

export const BRIEFS = typed<G.BriefListQuery, G.BriefListQueryVariables>(/* GraphQL */ `
  query BriefList($organizationId: ID!) {
    briefs(organizationId: $organizationId) {
      id
      title
      kind
      createdAt
      illustrative
    }
  }
`);

export const UPDATE_RECOMMENDATIONS = typed<
  G.UpdateBriefRecommendationsMutation,
  G.UpdateBriefRecommendationsMutationVariables
>(/* GraphQL */ `
  mutation UpdateBriefRecommendations($id: ID!, $recommendations: [BriefRecommendationInput!]!) {
    updateBriefRecommendations(id: $id, recommendations: $recommendations) {
      id
      updatedAt
      recommendations {
        audience
        text
      }
    }
  }
`);
