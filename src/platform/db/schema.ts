import * as directory from '../../modules/directory/db/tables';
import * as identity from '../../modules/identity/db/tables';
import * as programs from '../../modules/programs/db/tables';
import * as audit from '../audit/tables';
import * as jobs from '../jobs/tables';
import * as mail from '../mail/tables';

export const schema = { ...identity, ...directory, ...programs, ...audit, ...mail, ...jobs };
export type Schema = typeof schema;
