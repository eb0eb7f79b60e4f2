// The conversion figures of a year: problems brought in it, and how many of them became
// challenges, drew solutions, were piloted and were adopted or contracted (with the contracts'
// value) — in total, by owner and by sector. Solutions are the applications submitted to the
// challenges' programmes calls.
import type { AppDeps } from '../../../platform/deps';
import { vnYearRange } from '../../../platform/i18n/vn-time';
import { organizationFactsByIds } from '../../directory';
import { submittedApplicationsByCall } from '../../programs';
import { conversionOfProblems, type ProblemConversion } from '../db/figures.repository';

export interface Conversion {
  problems: number;
  challenges: number;
  solutions: number;
  pilots: number;
  adopted: number;
  contractValueVnd: number;
}

export interface ConversionFigures {
  year: number;
  total: Conversion;
  byOwner: { id: string; name: string; figures: Conversion }[];
  bySector: { sector: string | null; figures: Conversion }[];
}

const zero = (): Conversion => ({
  problems: 0,
  challenges: 0,
  solutions: 0,
  pilots: 0,
  adopted: 0,
  contractValueVnd: 0,
});

function add(to: Conversion, row: ProblemConversion, solutions: Map<string, number>) {
  to.problems += 1;
  to.challenges += row.challenges;
  to.solutions += row.callIds.reduce((n, id) => n + (solutions.get(id) ?? 0), 0);
  to.pilots += row.pilots;
  to.adopted += row.adopted;
  to.contractValueVnd += Number(row.contractValueVnd);
}

function groupBy<K>(
  rows: ProblemConversion[],
  key: (r: ProblemConversion) => K,
  s: Map<string, number>,
) {
  const groups = new Map<K, Conversion>();
  for (const row of rows) {
    const k = key(row);
    const figures = groups.get(k) ?? zero();
    add(figures, row, s);
    groups.set(k, figures);
  }
  return [...groups].sort((a, b) => b[1].problems - a[1].problems);
}

export async function conversionFigures(
  deps: Pick<AppDeps, 'database'>,
  year: number,
): Promise<ConversionFigures> {
  const db = deps.database.db;
  const { from, to } = vnYearRange(year);
  const rows = await conversionOfProblems(db, from, to);
  const solutions = await submittedApplicationsByCall(
    deps,
    rows.flatMap((r) => r.callIds),
  );
  const total = zero();
  for (const row of rows) add(total, row, solutions);
  const owners = groupBy(rows, (r) => r.ownerId, solutions);
  const names = await organizationFactsByIds(
    db,
    owners.map(([id]) => id),
  );
  return {
    year,
    total,
    byOwner: owners.map(([id, figures]) => ({ id, name: names.get(id)?.name ?? '', figures })),
    bySector: groupBy(rows, (r) => r.sector, solutions).map(([sector, figures]) => ({
      sector,
      figures,
    })),
  };
}
