// The funded organisation's members: their projects, a project's page, progress reports with
// files, and the files' downloads (anyone else finds nothing: 404).
import { policies } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { textValues } from '../../platform/input/form-values';
import { routeParam, readBody } from '../../platform/http/form-reader';
import { renameFields } from '../../platform/input/validation';
import { REPORT_FILES, storeProjectFiles } from './services/projects/project-files';
import {
  getProjectForMember,
  projectDetail,
  projectsOfMember,
  withOrganizations,
} from './services/projects/projects.queries';
import { MEMBER_PROJECTS_PATH } from './services/projects/remind-project-milestone';
import { submitReport } from './services/reports/submit-project-report';
import type { PageNotice } from './ui/project-list-page';
import {
  MemberProjectPage,
  memberProjectPath,
  MyProjectsPage,
  type ReportFormState,
} from './ui/project-member-pages';

import {
  PROJECT_REPORT_ROUTE,
  today,
  saved,
  error,
  refusalMessage,
  download,
} from './project-routes-kit';

export function registerMemberProjectRoutes(router: Router) {
  const member = policies.session;

  router.page('GET', MEMBER_PROJECTS_PATH, member, async (c) => {
    const ctx = c.get('ctx');
    const projects = await projectsOfMember(c.get('ctx').deps, ctx);
    const rows = (await withOrganizations(c.get('ctx').deps, c.get('ctx'), { projects })).map(
      (r) => ({
        project: r.project,
        organizationName: r.organization?.name,
      }),
    );
    return c.html(<MyProjectsPage ctx={ctx} rows={rows} />);
  });

  const page = async (c: AppContext, given?: { form?: ReportFormState; notice?: PageNotice }) => {
    const ctx = c.get('ctx');
    const project = await getProjectForMember(c.get('ctx').deps, ctx, {
      projectId: routeParam(c, 'id'),
    });
    return (
      <MemberProjectPage
        ctx={ctx}
        detail={await projectDetail(c.get('ctx').deps, c.get('ctx'), { project })}
        today={today(c)}
        form={given?.form}
        notice={given ? given.notice : saved(c)}
      />
    );
  };
  router.page('GET', `${MEMBER_PROJECTS_PATH}/:id`, member, async (c) => c.html(await page(c)));

  router.page('POST', PROJECT_REPORT_ROUTE, member, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    // Outsiders find nothing here, whatever they post.
    await getProjectForMember(c.get('ctx').deps, ctx, { projectId: id });
    const posted = await readBody(c);
    const values = textValues(posted);
    const milestoneId = values.milestoneId ?? '';
    const filesName = `files-${milestoneId}`;
    const files = await storeProjectFiles(ctx.deps.files, posted, filesName, REPORT_FILES);
    const state: ReportFormState = { milestoneId, values };
    if (!files.ok) {
      state.errors = { [filesName]: files.message };
      return c.html(await page(c, { form: state }), 422);
    }
    const input = {
      milestoneId,
      body: values.body ?? '',
      documentRef: values.documentRef ?? '',
      files: files.stored,
    };
    const result = await submitReport(c.get('ctx').deps, ctx, { projectId: id, ...input });
    if (result.ok)
      return c.redirect(`${memberProjectPath(id)}?done=submitted#report-${milestoneId}`, 303);
    if (result.reason === 'INVALID' && result.fields.milestoneId) throw new AppError('NOT_FOUND');
    if (result.reason === 'INVALID') {
      state.errors = renameFields(result.fields, (p) => `${p.split('.')[0]}-${milestoneId}`);
      return c.html(await page(c, { form: state }), 422);
    }
    const notice = error(c, refusalMessage(c, result));
    return c.html(await page(c, { form: state, notice }), 422);
  });

  router.page('GET', `${MEMBER_PROJECTS_PATH}/:id/files/:file`, member, async (c) => {
    const project = await getProjectForMember(c.get('ctx').deps, c.get('ctx'), {
      projectId: routeParam(c, 'id'),
    });
    return download(c, project);
  });
}
