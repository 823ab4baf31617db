/** Links between cases (related, duplicate, merged) and the sweep that finishes them. */
export { startCaseLinksSweep } from './case-links.sweep';
export { caseLinkResolvers } from './case-links.resolvers';
