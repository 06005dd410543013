/**
 * GraphQL operations of accounts and organizations (sign-in, the account page, members). Read by
 * graphql-codegen (api/graphql/codegen.ts), which writes their types to ../generated/graphql.ts.
 */
import type * as G from '../generated/graphql';
import { typed } from '../api/typed';

const CURRENT_USER = /* GraphQL */ `
  fragment CurrentUserFields on CurrentUser {
    id
    email
    displayName
    createdAt
    via
    memberships {
      role
      since
      organization {
        id
        name
        kind
      }
    }
  }
`;

export const ME = typed<G.MeQuery, G.MeQueryVariables>(/* GraphQL */ `
  query Me {
    me {
      ...CurrentUserFields
    }
  }
  ${CURRENT_USER}
`);

export const SIGN_IN = typed<G.SignInMutation, G.SignInMutationVariables>(/* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
  ${CURRENT_USER}
`);

export const SIGN_UP = typed<G.SignUpMutation, G.SignUpMutationVariables>(/* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      message
    }
  }
`);

export const SIGN_OUT = typed<G.SignOutMutation, G.SignOutMutationVariables>(/* GraphQL */ `
  mutation SignOut {
    signOut
  }
`);

export const CHANGE_PASSWORD = typed<G.ChangePasswordMutation, G.ChangePasswordMutationVariables>(
  /* GraphQL */ `
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
      changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
    }
  `,
);

const API_TOKEN = /* GraphQL */ `
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scope
    createdAt
    lastUsedAt
    revokedAt
  }
`;

export const API_TOKENS = typed<G.ApiTokensQuery, G.ApiTokensQueryVariables>(/* GraphQL */ `
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
  ${API_TOKEN}
`);

export const CREATE_API_TOKEN = typed<G.CreateApiTokenMutation, G.CreateApiTokenMutationVariables>(
  /* GraphQL */ `
    mutation CreateApiToken($name: String!, $scope: TokenScope!) {
      createApiToken(name: $name, scope: $scope) {
        token
        apiToken {
          ...ApiTokenFields
        }
      }
    }
    ${API_TOKEN}
  `,
);

export const REVOKE_API_TOKEN = typed<G.RevokeApiTokenMutation, G.RevokeApiTokenMutationVariables>(
  /* GraphQL */ `
    mutation RevokeApiToken($id: ID!) {
      revokeApiToken(id: $id) {
        ...ApiTokenFields
      }
    }
    ${API_TOKEN}
  `,
);

export const ACCEPT_INVITATION = typed<
  G.AcceptInvitationMutation,
  G.AcceptInvitationMutationVariables
>(/* GraphQL */ `
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      role
      organization {
        id
        name
      }
    }
  }
`);

export const ORGANIZATION_ADMIN = typed<
  G.OrganizationAdminQuery,
  G.OrganizationAdminQueryVariables
>(/* GraphQL */ `
  query OrganizationAdmin($organizationId: ID!) {
    members(organizationId: $organizationId) {
      userId
      email
      displayName
      role
      since
    }
    invitations(organizationId: $organizationId) {
      id
      email
      role
      createdAt
      expiresAt
    }
  }
`);

export const AUDIT_LOG = typed<G.AuditLogQuery, G.AuditLogQueryVariables>(/* GraphQL */ `
  query AuditLog($organizationId: ID!, $first: Int, $after: String) {
    auditLog(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actorName
        action
        entity
        entityId
        details
      }
    }
  }
`);

export const INVITE_MEMBER = typed<G.InviteMemberMutation, G.InviteMemberMutationVariables>(
  /* GraphQL */ `
    mutation InviteMember($organizationId: ID!, $email: String!, $role: Role!) {
      inviteMember(organizationId: $organizationId, email: $email, role: $role) {
        token
        invitation {
          id
          email
          role
          expiresAt
        }
      }
    }
  `,
);

export const REVOKE_INVITATION = typed<
  G.RevokeInvitationMutation,
  G.RevokeInvitationMutationVariables
>(/* GraphQL */ `
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const CHANGE_MEMBER_ROLE = typed<
  G.ChangeMemberRoleMutation,
  G.ChangeMemberRoleMutationVariables
>(/* GraphQL */ `
  mutation ChangeMemberRole($organizationId: ID!, $userId: ID!, $role: Role!) {
    changeMemberRole(organizationId: $organizationId, userId: $userId, role: $role) {
      userId
      role
    }
  }
`);

export const REMOVE_MEMBER = typed<G.RemoveMemberMutation, G.RemoveMemberMutationVariables>(
  /* GraphQL */ `
    mutation RemoveMember($organizationId: ID!, $userId: ID!) {
      removeMember(organizationId: $organizationId, userId: $userId)
    }
  `,
);

export const SIGN_UP_OPTIONS = typed<G.SignUpOptionsQuery, G.SignUpOptionsQueryVariables>(
  /* GraphQL */ `
    query SignUpOptions {
      signUpOptions {
        createsOrganizations
      }
    }
  `,
);

export const CREATE_ORGANIZATION = typed<
  G.CreateOrganizationMutation,
  G.CreateOrganizationMutationVariables
>(/* GraphQL */ `
  mutation CreateOrganization($name: String!, $kind: OrganizationKind) {
    createOrganization(name: $name, kind: $kind) {
      role
      organization {
        id
        name
      }
    }
  }
`);
