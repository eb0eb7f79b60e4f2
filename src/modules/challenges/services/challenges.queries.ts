// Reads of challenges: the public list (owner, sector, words, the archive of solved ones) and a
// challenge's page with its problem, questions and the actor's standing.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { isUuid } from '../../../platform/input/uuid';
import { offsetOf, PAGE_SIZE, type Paged } from '../../../platform/input/paging';
import { searchKey } from '../../../platform/text/vietnamese';
import { organizationFactsByIds, type DirectoryOrganizationFacts } from '../../directory';
import {
  countPublic,
  findAcceptances,
  listPublic,
  publicFacets,
  type AcceptanceRow,
  type ChallengeRow,
  type PublicFilter,
} from '../db/challenges.repository';
import { listChallengeChanges, type ChallengeChangeRow } from '../db/challenge-changes.repository';
import { listChallengeFiles, type ChallengeFileRow } from '../db/challenge-files.repository';
import { findProblemById, type ProblemRow } from '../db/problems.repository';
import { listQuestions, type QuestionRow } from '../db/questions.repository';
import { isOpenAt } from '../domain/challenge';
import { canAnswerQuestions } from '../permissions';
import { challengeResults } from './announce-results';
import { challengeInReach, confidentialScope, type ChallengeAccess } from './challenge-access';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface ChallengeQuery {
  q?: string;
  owner?: string;
  sector?: string;
  /** The archive: solved challenges only. */
  isArchive: boolean;
  page: number;
}

export interface ChallengeList extends Paged<ChallengeRow> {
  owners: Map<string, DirectoryOrganizationFacts>;
  /** Owners and sectors that have public challenges, for the filters. */
  ownerChoices: DirectoryOrganizationFacts[];
  sectorChoices: string[];
}

/** At most 8 words, as searchKey gives them. */
const wordsOf = (q: string | undefined) =>
  searchKey(q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);

export async function findPublicChallenges(
  deps: Deps,
  acting: AuditContext,
  query: ChallengeQuery,
): Promise<ChallengeList> {
  const db = deps.database.db;
  const filter: PublicFilter = {
    statuses: query.isArchive ? ['solved'] : ['open', 'closed'],
    ownerId: query.owner && isUuid(query.owner) ? query.owner : undefined,
    sector: query.sector,
    words: wordsOf(query.q),
    confidential: await confidentialScope(db, acting.actor),
  };
  const [rows, total, facets] = await Promise.all([
    listPublic(db, filter, PAGE_SIZE, offsetOf(query.page)),
    countPublic(db, filter),
    publicFacets(db),
  ]);
  const owners = await organizationFactsByIds(db, [
    ...rows.map((r) => r.ownerOrganizationId),
    ...facets.map((f) => f.ownerId),
  ]);
  const ownerIds = new Set(facets.map((f) => f.ownerId));
  return {
    rows,
    total,
    page: query.page,
    owners,
    ownerChoices: [...owners.values()]
      .filter((o) => ownerIds.has(o.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    sectorChoices: [...new Set(facets.flatMap((f) => (f.sector ? [f.sector] : [])))].sort(),
  };
}

export interface ChallengePage {
  challenge: ChallengeRow;
  problem: ProblemRow;
  owner: DirectoryOrganizationFacts | undefined;
  access: ChallengeAccess;
  /** Published questions; pending ones too for those who answer. */
  questions: QuestionRow[];
  /** The actor's organisations' acceptances of the current agreement. */
  acceptances: AcceptanceRow[];
  isOpen: boolean;
  /** The files published with it, and its corrections since it was published (newest first). */
  files: ChallengeFileRow[];
  changes: ChallengeChangeRow[];
  /** The announced results; undefined until the centre announces them. */
  results: Awaited<ReturnType<typeof challengeResults>>;
}

export async function getChallengePage(
  deps: Deps,
  acting: AuditContext,
  input: { slug: string },
): Promise<ChallengePage> {
  const db = deps.database.db;
  const { challenge, access } = await challengeInReach(db, acting.actor, input.slug);
  const statuses = canAnswerQuestions(access) ? ['published', 'pending'] : ['published'];
  const [problem, questions, acceptances, owners, files, changes] = await Promise.all([
    findProblemById(db, challenge.problemId),
    listQuestions(db, challenge.id, statuses),
    findAcceptances(
      db,
      challenge.id,
      challenge.agreementVersion,
      access.solverOrganizations.map((o) => o.id),
    ),
    organizationFactsByIds(db, [challenge.ownerOrganizationId]),
    listChallengeFiles(db, challenge.id),
    listChallengeChanges(db, challenge.id),
  ]);
  return {
    challenge,
    problem: problem!,
    owner: owners.get(challenge.ownerOrganizationId),
    access,
    questions,
    acceptances,
    isOpen: isOpenAt(challenge, deps.clock()),
    files,
    changes,
    results: await challengeResults(deps, acting, challenge),
  };
}
