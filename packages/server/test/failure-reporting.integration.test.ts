/**
 * Failures that used to be swallowed (issue 15 code review), against a real driver whose server cannot
 * be reached: a customer-link secret that cannot be loaded is a server failure, not "this link is not
 * valid"; settling the links of an ended case that fails is logged, not dropped.
 */
import { Writable } from 'node:stream';
import mongoose, { Types, type Connection } from 'mongoose';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModels, type Models } from '../src/db/models';
import { AppError } from '../src/errors/app-error';
import { afterEnded } from '../src/features/cases/runtime/case-commands.resolvers';
import type { CaseRecord } from '../src/features/cases/case.model';
import { verifyCustomerLinkToken } from '../src/features/privacy/customer-link';
import { bindDataKeys, DataKeyring } from '../src/features/privacy/data-keys';

describe('failures are reported, not swallowed', () => {
  let conn: Connection;
  let models: Models;
  const secretFromEnv = process.env['PARLEY_CUSTOMER_LINK_SECRET'];
  beforeAll(() => {
    // Port 1 on loopback: nothing listens; the driver gives up quickly and operations fail at once.
    conn = mongoose.createConnection('mongodb://127.0.0.1:1/parley_unreachable', {
      serverSelectionTimeoutMS: 200,
      bufferCommands: false,
    });
    conn.asPromise().catch(() => undefined);
    models = createModels(conn);
    bindDataKeys(models, new DataKeyring([{ version: 'v1', secret: Buffer.alloc(32, 7) }]));
    // The secret then comes from the database (the default), which cannot be reached.
    delete process.env['PARLEY_CUSTOMER_LINK_SECRET'];
  });
  afterAll(async () => {
    if (secretFromEnv !== undefined) process.env['PARLEY_CUSTOMER_LINK_SECRET'] = secretFromEnv;
    await conn.close().catch(() => undefined);
  });

  it('a link secret that cannot be loaded fails as a server error, not as LINK_INVALID', async () => {
    const failure = await verifyCustomerLinkToken(models, 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln').then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(AppError);
  });

  it('settling the links of an ended case logs its failure and keeps the command’s outcome', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level: 'warn' }, sink);
    const caseId = new Types.ObjectId();
    const outcome = { case: { _id: caseId, status: 'CLOSED' } as CaseRecord, events: [], replayed: false };
    await expect(afterEnded(models, logger, outcome)).resolves.toBe(outcome);
    await new Promise<void>((resolve) => sink.end(resolve));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, caseId: caseId.toHexString() });
    const err = lines[0]!['err'] as { message: string };
    // The driver's failure itself (what it says depends on the driver's state), not a setup error.
    expect(err.message).not.toMatch(/data keys/);
  });
});
