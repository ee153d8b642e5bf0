// GraphQL fragments shared by the explorer's operations.

export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source {
    id
    title
    publisher
    url
    published
  }
`;

export const ENTITY_FIELDS = /* GraphQL */ `
  fragment EntityFields on Entity {
    id
    kind
    name
    aliases
    country
    description
    citation
    effective
    sources {
      ...SourceFields
    }
  }
`;

export const AMOUNT_FIELDS = /* GraphQL */ `
  fragment AmountFields on Amount {
    value
    currency
    unit
  }
`;

export const RELATIONSHIP_FIELDS = /* GraphQL */ `
  fragment RelationshipFields on Relationship {
    id
    type
    from
    to
    status
    start
    end
    amount {
      ...AmountFields
    }
    quantity {
      ...AmountFields
    }
    note
    covers
    service
    share
    citation
    score
    explanation
    sources {
      ...SourceFields
    }
  }
`;
