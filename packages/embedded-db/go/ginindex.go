package main

// GIN mirrors of FerretDB's declared indexes on its PostgreSQL backend.
//
// FerretDB v1.24 pushes a top-level equality down to PostgreSQL as `_jsonb->'f' @> value`
// (backends/postgresql/query.go filterEqual; nested paths are not pushed down unless
// EnableNestedPushdown, which the embeddable API leaves off), but creates every declared index, `_id_`
// included, as a B-tree on `((_jsonb->'f'))`. A B-tree cannot serve `@>`, so every lookup, by `_id`
// or by an indexed field, is a sequential scan. A GIN index on the same expression can (jsonb_path_ops
// supports `@>`, also for a scalar inside an array, which is how FerretDB's array-matching equality
// behaves), and PostgreSQL keeps using it for FerretDB's prepared statements, whose field name is a
// parameter: the custom plans (parameter values known) use the index and are far cheaper than the
// generic plan (a scan), so the plan cache keeps choosing custom plans.
//
// The launcher mirrors every top-level field of every declared index (single or compound; one GIN per
// table and field) and drops a mirror whose field no longer has a declared index:
//
//   - Desired state: FerretDB's own metadata, `<schema>._ferretdb_database_metadata` (one schema per
//     MongoDB database; `_jsonb->'table'`, `_jsonb->'indexes'[*]->'key'`).
//   - When: at start and whenever FerretDB's indexes or metadata change (a fingerprint of pg_index over
//     the schemas that hold a metadata table, our mirrors left out, and of each metadata table, read
//     every interval: two queries). It is read before reconciling and recorded only after a
//     reconcile that put every mirror in place, so a change made meanwhile triggers another.
//     Creating a collection creates its `_id_` index, createIndex/dropIndex add or remove one,
//     dropCollection/dropDatabase drop the table (and with it our indexes), so each of those changes
//     the fingerprint; renameCollection keeps the table.
//   - Plain CREATE INDEX and DROP INDEX, never CONCURRENTLY: a concurrent build or drop waits for every
//     older transaction while holding a lock that FerretDB's own CREATE INDEX on the same table waits
//     for, a deadlock PostgreSQL resolves by failing one of the two, sometimes the user's createIndex
//     (a CI run caught it). A plain build holds off writes to the table while it runs (milliseconds
//     for a collection just declared; longer for a large table mirrored for the first time), and
//     lock_timeout bounds how long anything queues behind it. An INVALID mirror (left by an older
//     launcher's concurrent build) is dropped and rebuilt.
//   - Names start with `$`, which FerretDB's PostgreSQL index and table names never contain (it
//     replaces every character outside [a-z0-9_]), so they cannot clash; listIndexes reads FerretDB's
//     metadata and never shows them.
//   - Any error (a table dropped under us, a lock timeout) leaves the fingerprint unrecorded, so the
//     next tick tries again.

import (
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// ginIndexPrefix names our mirrors; see the package comment for why `$` makes clashes impossible.
const ginIndexPrefix = "$parley_gin_"

// ginIndexer keeps the GIN mirrors of one PostgreSQL database (all FerretDB schemas in it).
type ginIndexer struct {
	url    string
	logger *slog.Logger
	conn   *pgx.Conn
	// fingerprint is the pg_index state at which every mirror was in place.
	fingerprint string
}

func newGinIndexer(url string, logger *slog.Logger) *ginIndexer {
	return &ginIndexer{url: url, logger: logger}
}

// run ensures the mirrors now and then every interval until ctx ends.
func (x *ginIndexer) run(ctx context.Context, interval time.Duration) {
	defer func() {
		if x.conn != nil {
			closeCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = x.conn.Close(closeCtx)
		}
	}()
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		if err := x.tick(ctx); err != nil && ctx.Err() == nil {
			x.logger.Debug("GIN mirrors: will retry", slog.String("err", err.Error()))
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func (x *ginIndexer) connect(ctx context.Context) error {
	if x.conn != nil && !x.conn.IsClosed() {
		return nil
	}
	config, err := pgx.ParseConfig(x.url)
	if err != nil {
		return err
	}
	// Schema-qualified statements differ per database: no statement cache.
	config.DefaultQueryExecMode = pgx.QueryExecModeSimpleProtocol
	config.RuntimeParams["application_name"] = "parley-ferretdb-gin-mirrors"
	// Never queue long behind FerretDB's DDL (and so never hold FerretDB's next DDL behind us).
	config.RuntimeParams["lock_timeout"] = "1s"
	conn, err := pgx.ConnectConfig(ctx, config)
	if err != nil {
		return err
	}
	x.conn = conn
	return nil
}

// fingerprintSQL summarises FerretDB's own indexes (not our mirrors, so our DDL never changes it) on
// the tables of its schemas, and lists those schemas.
const fingerprintSQL = `
SELECT count(*)::text || ':' || coalesce(md5(string_agg(
         i.indexrelid::text || CASE WHEN i.indisvalid THEN 'v' ELSE 'i' END, ',' ORDER BY i.indexrelid)), ''),
       coalesce((SELECT array_agg(n.nspname::text ORDER BY n.nspname)
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relname = '_ferretdb_database_metadata' AND c.relkind = 'r'), '{}')
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE NOT starts_with(ic.relname, '` + ginIndexPrefix + `') AND t.relnamespace IN (
  SELECT relnamespace FROM pg_class WHERE relname = '_ferretdb_database_metadata' AND relkind = 'r')`

// fingerprint is the state the mirrors follow: FerretDB's indexes and its metadata. Both are needed:
// FerretDB creates an index's B-tree and only then, in another statement, records it in its metadata
// (backends/postgresql/metadata/registry.go indexesCreate), so a tick between the two sees a new
// pg_index state but the old metadata; the metadata's own fingerprint changes a moment later and so
// triggers the next reconcile.
func (x *ginIndexer) readFingerprint(ctx context.Context) (string, error) {
	var indexes string
	var schemas []string
	if err := x.conn.QueryRow(ctx, fingerprintSQL).Scan(&indexes, &schemas); err != nil {
		return "", err
	}
	if len(schemas) == 0 {
		return indexes, nil
	}
	parts := make([]string, len(schemas))
	for i, schema := range schemas {
		parts[i] = fmt.Sprintf(`(SELECT coalesce(md5(string_agg(_jsonb::text, ',' ORDER BY _jsonb::text)), '') FROM %s)`,
			pgx.Identifier{schema, "_ferretdb_database_metadata"}.Sanitize())
	}
	var metadata string
	if err := x.conn.QueryRow(ctx, `SELECT concat_ws(',', `+strings.Join(parts, ", ")+`)`).Scan(&metadata); err != nil {
		return "", err
	}
	return indexes + "|" + metadata, nil
}

func (x *ginIndexer) tick(ctx context.Context) error {
	if err := x.connect(ctx); err != nil {
		return err
	}
	// Read before reconciling, and recorded only if every mirror was then put in place: a change made
	// while reconcile runs leaves the recorded state behind, so the next tick reconciles again.
	fp, err := x.readFingerprint(ctx)
	if err != nil {
		// A broken connection, or a schema dropped between the two queries: start afresh next tick.
		_ = x.conn.Close(ctx)
		return err
	}
	if fp == x.fingerprint {
		return nil
	}
	if err := x.reconcile(ctx); err != nil {
		return err
	}
	x.fingerprint = fp
	return nil
}

// reconcile brings the mirrors of every FerretDB schema in line with its metadata.
func (x *ginIndexer) reconcile(ctx context.Context) error {
	rows, err := x.conn.Query(ctx, `
		SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relname = '_ferretdb_database_metadata' AND c.relkind = 'r' ORDER BY 1`)
	if err != nil {
		return err
	}
	schemas, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	var firstErr error
	for _, schema := range schemas {
		if err := x.reconcileSchema(ctx, schema); err != nil && firstErr == nil {
			firstErr = fmt.Errorf("schema %s: %w", schema, err)
		}
	}
	return firstErr
}

type mirror struct {
	table, field string
}

// ginIndexName is the mirror's name for one table and field (unique within the schema).
func ginIndexName(m mirror) string {
	h := fnv.New64a()
	_, _ = h.Write([]byte(m.table + "\x00" + m.field))
	return fmt.Sprintf("%s%016x", ginIndexPrefix, h.Sum64())
}

func (x *ginIndexer) reconcileSchema(ctx context.Context, schema string) error {
	// Desired: one mirror per existing table and top-level field of a declared index.
	rows, err := x.conn.Query(ctx, fmt.Sprintf(`
		SELECT DISTINCT m._jsonb->>'table', k.field
		FROM %s m
		CROSS JOIN LATERAL jsonb_array_elements(
		  CASE WHEN jsonb_typeof(m._jsonb->'indexes') = 'array' THEN m._jsonb->'indexes' ELSE '[]' END) idx
		CROSS JOIN LATERAL jsonb_object_keys(
		  CASE WHEN jsonb_typeof(idx->'key') = 'object' THEN idx->'key' ELSE '{}' END) k(field)
		JOIN pg_class t ON t.relnamespace = $1::regnamespace AND t.relname = m._jsonb->>'table' AND t.relkind = 'r'
		WHERE strpos(k.field, '.') = 0 AND left(k.field, 1) <> '$' AND k.field <> ''`,
		pgx.Identifier{schema, "_ferretdb_database_metadata"}.Sanitize()), pgx.Identifier{schema}.Sanitize())
	if err != nil {
		return err
	}
	desired := map[string]mirror{}
	for rows.Next() {
		var m mirror
		if err := rows.Scan(&m.table, &m.field); err != nil {
			rows.Close()
			return err
		}
		desired[ginIndexName(m)] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	// Present: our mirrors in this schema, and whether each is valid.
	rows, err = x.conn.Query(ctx, `
		SELECT c.relname, i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		WHERE c.relnamespace = $1::regnamespace AND starts_with(c.relname, $2)`,
		pgx.Identifier{schema}.Sanitize(), ginIndexPrefix)
	if err != nil {
		return err
	}
	present := map[string]bool{}
	for rows.Next() {
		var name string
		var valid bool
		if err := rows.Scan(&name, &valid); err != nil {
			rows.Close()
			return err
		}
		present[name] = valid
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	var firstErr error
	keep := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	for name, valid := range present {
		if _, wanted := desired[name]; wanted && valid {
			continue
		}
		// No declared index on that field any more, or an invalid one.
		_, err := x.conn.Exec(ctx, `DROP INDEX IF EXISTS `+pgx.Identifier{schema, name}.Sanitize())
		keep(err)
		if err == nil {
			delete(present, name)
			x.logger.Debug("GIN mirror dropped", slog.String("schema", schema), slog.String("index", name))
		}
	}
	for name, m := range desired {
		if _, ok := present[name]; ok {
			continue
		}
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s USING gin ((_jsonb -> %s) jsonb_path_ops)`,
			pgx.Identifier{name}.Sanitize(), pgx.Identifier{schema, m.table}.Sanitize(), quoteLiteral(m.field))
		_, err := x.conn.Exec(ctx, q)
		keep(err)
		if err == nil {
			x.logger.Debug("GIN mirror created", slog.String("schema", schema),
				slog.String("table", m.table), slog.String("field", m.field))
		}
	}
	return firstErr
}

// quoteLiteral quotes a SQL string literal (standard_conforming_strings is on by default).
func quoteLiteral(s string) string {
	return `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
}
