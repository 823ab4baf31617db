/**
 * Privacy pieces shared by cases, offers, intake, files and webhooks: the data keys that seal personal
 * fields, PII masking for display, and customer-link tokens.
 */
export {
  issueCustomerLinkToken,
  signLinkToken,
  verifyCustomerLinkToken,
  verifyLinkToken,
} from './customer-link';
export { DataKeyring, dataKeysOf, isSealed } from './data-keys';
export type { Sealed } from './data-keys';
export { maskAddress, maskAny, maskBankCard, maskIdNumber, maskName, maskPhone } from './pii-mask';
