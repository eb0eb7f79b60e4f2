// The directory's contracts: the organisation's (derived from its field declaration) and the
// validations every record shares.
export {
  RESTRICTABLE_FIELDS,
  ZOrganizationFields,
  type TOrganizationFields,
  type TOrganizationFieldsInput,
} from './organization-fields';
export * from './fields/validators';
