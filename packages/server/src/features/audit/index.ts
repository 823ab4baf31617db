/** The entry point of the audit feature: what other features use of it. */
export { ConfigAuditService } from './config-audit.service';
