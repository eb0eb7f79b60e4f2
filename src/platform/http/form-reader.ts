// What a browser sent: the posted body and the route's parameters. Reading the values in them is
// platform/input/form-values, which services use without a request.
import type { FormBody } from '../input/form-values';
import type { AppContext } from './context';

/** The posted form, urlencoded or multipart. */
export const readBody = (c: AppContext) => c.req.parseBody({ all: true }) as Promise<FormBody>;

/** A route parameter in NFC, '' when the route has none of that name. */
export const routeParam = (c: AppContext, name: string): string =>
  (c.req.param(name) ?? '').normalize('NFC');
