// Claims: statements in different articles that report one utterance, and the denials that answer
// them. Pure code (no graph, no I/O): src/graph/write-claims.ts asks the graph for candidates and
// writes the plan. See README.md in this folder.
export { reportFeatures, reportDate, blockingKeys, shiftDate, type Report, type ReportInput } from './features.ts';
export { compareReports, wordingScore, SAME_CLAIM, RESPONSE_CUES, type Anchor, type Match } from './match.ts';
export {
  planClaims,
  claimId,
  RESPONSE_WINDOW_DAYS,
  type ArticleStatements,
  type CandidateClaim,
  type ClaimLink,
  type ClaimPlan,
  type ImplicitClaim,
  type PlannedStatement,
  type ResponseLink,
} from './plan.ts';
