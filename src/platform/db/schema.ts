import * as identity from '../../modules/identity/db/tables';
import * as audit from '../audit/tables';
import * as mail from '../mail/tables';

export const schema = { ...identity, ...audit, ...mail };
export type Schema = typeof schema;
