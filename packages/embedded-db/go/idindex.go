package main

// The `_id` expression index FerretDB v1.24's SQLite backend lacks.
//
// FerretDB filters `_id` lookups (find/update/delete by `_id`) on `_ferretdb_sjson->'$._id'`
// (metadata.IDColumn), but creates its unique `_id_` index on `_ferretdb_sjson->"_id"`. SQLite
// matches index expressions syntactically, so every such lookup is a full table SCAN. The launcher
// owns the data directory, so it adds a plain (non-unique) index on exactly the expression the
// queries use, for every collection table of every database file, at start and then on every tick
// (tables created later, or dropped and recreated, get theirs within one interval).
//
// - FerretDB keeps its index list in `_ferretdb_collections.settings`, not in sqlite_master, so
//   listIndexes never shows ours; DROP TABLE (dropCollection) drops it with the table.
// - Its name starts with `$`: FerretDB names its SQLite indexes `<table>_<index>`, and a table name
//   (a lower-cased collection name plus `_<hash>`) never contains `$` (collection names cannot),
//   so the names cannot clash.
// - Uniqueness stays FerretDB's job (its own unique index raises duplicate-key 11000).
// - Quiet files only. FerretDB's dropDatabase closes its connections and deletes the file without a
//   lock we could take; if our connection is open at that moment and the database is recreated
//   before we close it, the new file's connections share the old -wal/-shm files with ours (SQLite
//   coordinates connections of one process by the database file's inode, which changed) and the
//   process can crash (SIGBUS on the truncated -shm; seen in a drop/recreate loop). So a file is
//   opened only when its size and modification time (and its WAL's) have not changed for a whole
//   interval, and no longer once it has every index at that state. That makes the window rare (a
//   drop and re-create of the same database right after an idle half second, during the
//   milliseconds we hold it), not impossible: --sqlite-id-index=false closes it.
// - mode=rw: a file FerretDB has just removed is not recreated. SQLite allows one writer: a busy
//   database is retried on the next tick.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // already linked by FerretDB; registers the "sqlite" driver
)

// idIndexPrefix names our indexes; see the package comment for why `$` makes clashes impossible.
const idIndexPrefix = "$parley_id_"

// idIndexExpression is FerretDB's metadata.IDColumn (an internal package we cannot import).
const idIndexExpression = `_ferretdb_sjson->'$._id'`

// idIndexer adds the missing `_id` expression indexes in one SQLite data directory.
type idIndexer struct {
	dir    string
	logger *slog.Logger
	// seen remembers, per database file, the file state at which it had every index.
	seen map[string]fileState
	// last remembers, per database file, its state at the previous tick: a file is opened only once
	// it has stayed unchanged for a whole interval (see "quiet" in the package comment).
	last map[string]fileState
}

type fileState struct {
	dbSize, walSize   int64
	dbMTime, walMTime time.Time
}

func newIDIndexer(dir string, logger *slog.Logger) *idIndexer {
	return &idIndexer{dir: dir, logger: logger, seen: map[string]fileState{}, last: map[string]fileState{}}
}

// run ensures the indexes now and then every interval until ctx ends.
func (x *idIndexer) run(ctx context.Context, interval time.Duration) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		x.tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// tick ensures the indexes in every database file of the directory.
func (x *idIndexer) tick(ctx context.Context) {
	files, err := filepath.Glob(filepath.Join(x.dir, "*.sqlite"))
	if err != nil {
		x.logger.Warn("_id index: listing database files", slog.String("err", err.Error()))
		return
	}
	present := map[string]bool{}
	for _, file := range files {
		present[file] = true
		state, ok := statFile(file)
		if !ok {
			continue
		}
		if prev, done := x.seen[file]; done && prev == state {
			continue
		}
		prev, known := x.last[file]
		x.last[file] = state
		if !known || prev != state {
			continue // written since the last tick: wait until it is quiet
		}
		created, err := ensureIDIndexes(ctx, file)
		if err != nil {
			// Busy (FerretDB writing), or the file went away (dropDatabase): try again next tick.
			x.logger.Debug("_id index: will retry", slog.String("file", file), slog.String("err", err.Error()))
			continue
		}
		for _, table := range created {
			x.logger.Debug("_id index created", slog.String("file", file), slog.String("table", table))
		}
		// Our own CREATE INDEX changed the file: take its state after that.
		if after, ok := statFile(file); ok {
			x.seen[file] = after
			x.last[file] = after
		}
	}
	for file := range x.last {
		if !present[file] {
			delete(x.seen, file)
			delete(x.last, file)
		}
	}
}

func statFile(file string) (fileState, bool) {
	db, err := os.Stat(file)
	if err != nil {
		return fileState{}, false
	}
	state := fileState{dbSize: db.Size(), dbMTime: db.ModTime()}
	if wal, err := os.Stat(file + "-wal"); err == nil {
		state.walSize, state.walMTime = wal.Size(), wal.ModTime()
	}
	return state, true
}

// ensureIDIndexes creates the missing `_id` expression index of every collection table in one
// database file and returns the tables it indexed.
func ensureIDIndexes(ctx context.Context, file string) ([]string, error) {
	dsn := (&url.URL{
		Scheme:   "file",
		Path:     filepath.ToSlash(file),
		RawQuery: "mode=rw&_pragma=busy_timeout(2000)",
	}).String()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()

	// A database file FerretDB is still creating may not have its metadata table yet.
	var hasMetadata int
	if err := db.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_ferretdb_collections'`,
	).Scan(&hasMetadata); err != nil {
		return nil, err
	}
	if hasMetadata == 0 {
		return nil, errors.New("no _ferretdb_collections table yet")
	}

	rows, err := db.QueryContext(ctx, `
		SELECT c.table_name FROM _ferretdb_collections c
		WHERE EXISTS (SELECT 1 FROM sqlite_master t WHERE t.type = 'table' AND t.name = c.table_name)
		  AND NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = ? || c.table_name)`,
		idIndexPrefix)
	if err != nil {
		return nil, err
	}
	var missing []string
	for rows.Next() {
		var table string
		if err := rows.Scan(&table); err != nil {
			rows.Close()
			return nil, err
		}
		missing = append(missing, table)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	created := make([]string, 0, len(missing))
	for _, table := range missing {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (%s)`,
			quoteIdent(idIndexPrefix+table), quoteIdent(table), idIndexExpression)
		if _, err := db.ExecContext(ctx, q); err != nil {
			// The table may have been dropped since we listed it; the next tick sees the new state.
			return created, fmt.Errorf("%s: %w", table, err)
		}
		created = append(created, table)
	}
	return created, nil
}

func quoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
