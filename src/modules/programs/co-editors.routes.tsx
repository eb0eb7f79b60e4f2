// Co-editors of an application, on its status page: those who may edit add an account member of
// the applying organisation, or remove a co-editor.
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { Router } from '../../platform/http/router';
import { postedValues } from './route-kit';
import { addCoEditor } from './services/co-editors/add-co-editor';
import { getApplication } from './services/applications/applications.queries';
import { routeParam } from '../../platform/http/form-reader';
import { removeCoEditor } from './services/co-editors/remove-co-editor';
import { APPLICATIONS_PATH, applicationPath } from './ui/application-pages';
import { statusPage } from './application-route-pages';

/** Adding and removing co-editors: 303 back to the status page, or the page with the refusal. */
export function registerCoEditorRoutes(router: Router) {
  const one = `${APPLICATIONS_PATH}/:id`;
  router.page('POST', `${one}/co-editors`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const userId = (await postedValues(c)).userId ?? '';
    // An empty choice still goes through the command, so an outsider learns nothing but 404.
    const result = await addCoEditor(ctx.deps, ctx, { applicationId: id, userId });
    if (result.ok) return c.redirect(`${applicationPath(id)}?done=coEditorAdded`, 303);
    const view = await getApplication(ctx.deps, ctx, { applicationId: id });
    const errors: FieldErrors = {
      userId: userId
        ? { key: 'programs.coEditors.notAMember', params: { organization: view.organization.name } }
        : { key: 'programs.coEditors.choose' },
    };
    return c.html(await statusPage(c, view, undefined, { chosen: userId, errors }), 422);
  });

  router.page('POST', `${one}/co-editors/:user/remove`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    // NOT_A_CO_EDITOR (one already removed, e.g. a double click) leaves what was asked for.
    await removeCoEditor(ctx.deps, ctx, {
      applicationId: id,
      userId: routeParam(c, 'user'),
    });
    return c.redirect(`${applicationPath(id)}?done=coEditorRemoved`, 303);
  });
}
