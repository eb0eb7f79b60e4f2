// A programme's funded projects, for staff: the list and a new project (award, duration).
import type { AppContext } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { createProject } from './services/projects/create-project';
import { lastSegment } from '../../platform/input/form-values';
import { renameFields } from '../../platform/input/validation';
import { projectsOf, withOrganizations } from './services/projects/projects.queries';
import { projectPath, ProjectListPage } from './ui/project-list-page';

import {
  type Values,
  saved,
  refusalMessage,
  canManageProjects,
  PROJECT_LIST,
  programmeOf,
} from './project-routes-kit';
import { postedValues } from './route-kit';

export function registerProjectListRoutes(router: Router) {
  const listPage = async (c: AppContext, values?: Values, errors?: FieldErrors) => {
    const programme = await programmeOf(c);
    const rows = await withOrganizations(c.get('ctx').deps, c.get('ctx'), {
      projects: await projectsOf(c.get('ctx').deps, c.get('ctx'), { programmeId: programme.id }),
    });
    return (
      <ProjectListPage
        ctx={c.get('ctx')}
        programme={programme}
        rows={rows}
        values={values}
        errors={errors}
        notice={values ? undefined : saved(c)}
      />
    );
  };

  router.page('GET', PROJECT_LIST, canManageProjects, async (c) => c.html(await listPage(c)));

  router.page('POST', PROJECT_LIST, canManageProjects, async (c) => {
    const ctx = c.get('ctx');
    const programme = await programmeOf(c);
    const values = await postedValues(c);
    const result = await createProject(c.get('ctx').deps, ctx, {
      programmeId: programme.id,
      organizationSlug: lastSegment(values.organization ?? ''),
      titleVi: values.titleVi ?? '',
      titleEn: values.titleEn ?? '',
      awardVnd: values.awardVnd ?? '',
      durationMonths: values.durationMonths ?? '',
    });
    if (result.ok)
      return c.redirect(`${projectPath(programme.slug, result.project.id)}?done=created`, 303);
    const errors: FieldErrors =
      result.reason === 'INVALID'
        ? renameFields(result.fields, (p) => (p === 'organizationSlug' ? 'organization' : p))
        : result.reason === 'ABOVE_CAP'
          ? { awardVnd: refusalMessage(c, result) }
          : { durationMonths: refusalMessage(c, result) };
    return c.html(await listPage(c, values, errors), 422);
  });
}
