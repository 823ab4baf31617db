/** Contact attempts with a case's customer (calls, messages) and their resolvers. */
export { contactResolvers } from './contact.resolvers';
