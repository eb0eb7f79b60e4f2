// Editing one milestone of a funded project (version-checked: a stale edit answers 409).
import type { AppContext } from '../../platform/http/context';
import { AppError, type FieldErrors } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { formVersion } from '../../platform/input/form-values';
import { routeParam } from '../../platform/http/form-reader';
import { projectDetail } from './services/projects/projects.queries';
import { saveMilestone } from './services/projects/save-project-milestone';
import type { PageNotice } from './ui/project-list-page';
import { MilestoneEditPage } from './ui/project-page';

import {
  type Values,
  error,
  refusalMessage,
  canManageProjects,
  PROJECT_ONE,
  staffProject,
  back,
} from './project-routes-kit';
import { postedValues } from './route-kit';

export function registerProjectMilestoneRoutes(router: Router) {
  const milestonePage = async (
    c: AppContext,
    given?: { values: Values; version: number; errors?: FieldErrors; notice?: PageNotice },
  ) => {
    const { programme, project } = await staffProject(c);
    const detail = await projectDetail(c.get('ctx').deps, c.get('ctx'), { project });
    const found = detail.milestones.find((m) => m.milestone.id === routeParam(c, 'milestone'));
    if (!found) throw new AppError('NOT_FOUND');
    const { milestone } = found;
    return (
      <MilestoneEditPage
        ctx={c.get('ctx')}
        programme={programme}
        projectId={project.id}
        milestoneId={milestone.id}
        version={given?.version ?? milestone.version}
        values={
          given?.values ?? {
            title: milestone.title,
            deliverables: milestone.deliverables,
            dueOn: milestone.dueOn,
          }
        }
        errors={given?.errors}
        notice={given?.notice}
      />
    );
  };
  const MILESTONE = `${PROJECT_ONE}/milestones/:milestone`;
  router.page('GET', MILESTONE, canManageProjects, async (c) => c.html(await milestonePage(c)));
  router.page('POST', MILESTONE, canManageProjects, async (c) => {
    const { project } = await staffProject(c);
    // An unknown milestone of this project is 404 before anything is read from the form.
    await milestonePage(c);
    const values = await postedValues(c);
    const version = formVersion(values);
    const target = {
      projectId: project.id,
      milestoneId: routeParam(c, 'milestone'),
      expectedVersion: version,
    };
    const result = await saveMilestone(c.get('ctx').deps, c.get('ctx'), {
      ...target,
      ...values,
    } as never);
    if (result.ok) return back(c, `milestone-${result.milestone.id}`);
    if (result.reason === 'CONFLICT') {
      const notice = error(c, { key: 'programs.project.error.CONFLICT' });
      return c.html(
        await milestonePage(c, { values, version: result.current.version, notice }),
        409,
      );
    }
    const given =
      result.reason === 'INVALID'
        ? { values, version, errors: result.fields }
        : { values, version, notice: error(c, refusalMessage(c, result)) };
    return c.html(await milestonePage(c, given), 422);
  });
}
