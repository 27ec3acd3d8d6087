// bench:api, reference row: the cost of one query through the driver that does nothing, against
// `{ __typename }` through GraphQL over HTTP (a request that does nothing either).
RETURN 1 AS one
