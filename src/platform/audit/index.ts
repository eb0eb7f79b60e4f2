export * from './audit';
export { platformAuditLog } from './tables';
