/**
 * The engine's form types under names that do not collide with the GraphQL types they back
 * (`FormDefinition`, `FormField` in schema.graphql), for the resolver types' mappers (codegen.ts).
 */
export type {
  FormDefinition as EngineFormDefinition,
  FieldDefinition as EngineFieldDefinition,
} from '@parley/engine';
