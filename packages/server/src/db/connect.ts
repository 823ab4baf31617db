/**
 * Opens the mongoose connection with the safety settings Parley relies on (see STACK.md):
 * `sanitizeFilter` blocks operator injection through filters; `strictQuery: 'throw'` makes a query on
 * an unknown path an error instead of an empty result.
 */
import mongoose, { type Connection } from 'mongoose';
import { createModels, initModels, type Models } from './models';

export interface Database {
  conn: Connection;
  models: Models;
  close(): Promise<void>;
}

export async function connectDatabase(uri: string, dbName: string): Promise<Database> {
  const conn = mongoose.createConnection(uri, {
    dbName,
    autoIndex: false,
    autoCreate: true,
    sanitizeFilter: true,
    serverSelectionTimeoutMS: 15_000,
  });
  conn.set('strictQuery', 'throw');
  await conn.asPromise();
  const models = createModels(conn);
  await initModels(models);
  return { conn, models, close: () => conn.close() };
}
