// Command ferretdb-launcher runs FerretDB v1 (a MongoDB wire-protocol database) on SQLite or
// PostgreSQL for Parley's development, tests and embedded default.
//
// It is our own main module on purpose: `go install .../cmd/ferretdb` panics at start because that
// main package wants a generated build/version/version.txt, while the embeddable package
// github.com/FerretDB/FerretDB/ferretdb skips that check when the main module is not FerretDB's.
//
// Contract with packages/embedded-db/src/launcher.ts:
//   - stdout carries exactly one line, `MONGODB_URI=<uri>`, once the listener accepts connections;
//   - everything else (FerretDB's logs at warn level and our own messages) goes to stderr;
//   - SIGTERM or SIGINT stops it cleanly (exit 0), a second signal forces exit 1;
//   - with --stop-on-stdin-close, end of stdin stops it cleanly too, so a launcher whose parent died
//     (and with it the parent's end of the pipe) does not linger holding a port and a data dir;
//   - any start-up failure exits non-zero with the reason on stderr.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/build/version"
	"github.com/FerretDB/FerretDB/ferretdb"
	"github.com/jackc/pgx/v5"
)

const ferretDBModule = "github.com/FerretDB/FerretDB"

// defaultPostgreSQLURL points at the PostgreSQL that runs on the development machines (trust auth).
const defaultPostgreSQLURL = "postgres://postgres@127.0.0.1:5432/postgres"

// shutdownGrace bounds how long we wait for Run to return after the first signal. FerretDB itself
// gives open client connections about three seconds to go away before closing them.
const shutdownGrace = 15 * time.Second

type options struct {
	listen        string
	backend       string
	dataDir       string
	postgreSQLURL string
	logLevel      string
	stopOnStdin   bool
	idIndex       bool
	ginIndex      bool
}

// idIndexInterval is how often the SQLite `_id` indexer looks for new collection tables, and the
// PostgreSQL GIN mirroring for changed indexes.
const idIndexInterval = 500 * time.Millisecond

func main() {
	os.Exit(run())
}

func run() int {
	opts, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-launcher: %s\n", err)
		return 2
	}

	level := parseLevel(opts.logLevel)
	var handler slog.Handler = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})
	if level >= slog.LevelWarn {
		handler = &quietHandler{Handler: handler}
	}
	logger := slog.New(handler)
	// FerretDB logs every connection at info level (hence the default of warn); the default logger
	// matters for code paths that do not receive Config.Logger.
	slog.SetDefault(logger)

	setFerretDBVersion()

	config := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: opts.listen},
		Logger:   logger,
		Handler:  opts.backend,
	}

	var sqliteDir string
	switch opts.backend {
	case "sqlite":
		dir, err := filepath.Abs(opts.dataDir)
		sqliteDir = dir
		if err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb-launcher: data dir: %s\n", err)
			return 1
		}
		// FerretDB's SQLite backend requires an existing directory and a URI ending in "/".
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb-launcher: data dir: %s\n", err)
			return 1
		}
		config.SQLiteURL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()
	case "postgresql":
		// FerretDB connects to PostgreSQL lazily, so without this check a wrong URL or a stopped
		// server would pass for a ready database and fail only on the first query.
		if err := pingPostgreSQL(opts.postgreSQLURL); err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb-launcher: cannot use PostgreSQL at %s: %s\n", redactURL(opts.postgreSQLURL), err)
			return 1
		}
		config.PostgreSQLURL = opts.postgreSQLURL
	}

	// New opens the backend and binds the listener, so a bad PostgreSQL URL or a busy port fails here.
	f, err := ferretdb.New(config)
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-launcher: %s\n", err)
		return 1
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	// FerretDB's SQLite `_id` lookups cannot use its own `_id_` index (idindex.go).
	indexerDone := make(chan struct{})
	if opts.backend == "sqlite" && opts.idIndex {
		go func() {
			defer close(indexerDone)
			newIDIndexer(sqliteDir, logger).run(ctx, idIndexInterval)
		}()
	} else if opts.backend == "postgresql" && opts.ginIndex {
		// FerretDB's PostgreSQL equality filters cannot use its B-tree indexes (ginindex.go).
		go func() {
			defer close(indexerDone)
			newGinIndexer(opts.postgreSQLURL, logger).run(ctx, idIndexInterval)
		}()
	} else {
		close(indexerDone)
	}

	// The TCP socket is already listening once New returns (the accept loop starts in Run, and
	// connections made before that wait in the kernel's backlog), so the URI is valid now.
	fmt.Fprintf(os.Stdout, "MONGODB_URI=%s\n", f.MongoDBURI())

	signals := make(chan os.Signal, 2)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)

	stdinClosed := make(chan struct{})
	if opts.stopOnStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			close(stdinClosed)
		}()
	}

	select {
	case err := <-done:
		// Run only returns early if something inside FerretDB gave up.
		fmt.Fprintf(os.Stderr, "ferretdb-launcher: stopped unexpectedly: %v\n", err)
		return 1
	case sig := <-signals:
		logger.Debug("stopping", slog.String("signal", sig.String()))
	case <-stdinClosed:
		logger.Warn("stdin closed (parent process gone?), stopping")
	}

	cancel()

	select {
	case err := <-done:
		// The indexer stops with ctx; let a CREATE INDEX in flight finish (SQLite would roll it
		// back anyway if we exited now; PostgreSQL cancels it with the connection).
		<-indexerDone
		if err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb-launcher: %s\n", err)
			return 1
		}
		return 0
	case sig := <-signals:
		fmt.Fprintf(os.Stderr, "ferretdb-launcher: %s during shutdown, exiting now\n", sig)
		return 1
	case <-time.After(shutdownGrace):
		fmt.Fprintf(os.Stderr, "ferretdb-launcher: shutdown took longer than %s, exiting now\n", shutdownGrace)
		return 1
	}
}

func parseFlags(args []string) (*options, error) {
	fs := flag.NewFlagSet("ferretdb-launcher", flag.ContinueOnError)
	fs.SetOutput(os.Stderr)

	opts := &options{}
	fs.StringVar(&opts.listen, "listen", "127.0.0.1:0", "TCP address to listen on (port 0 picks a free port)")
	fs.StringVar(&opts.backend, "backend", envOr("PARLEY_DB_BACKEND", "sqlite"), "storage backend: sqlite or postgresql (env PARLEY_DB_BACKEND)")
	fs.StringVar(&opts.dataDir, "data-dir", ".data/db", "SQLite data directory, created if missing")
	fs.StringVar(&opts.postgreSQLURL, "postgresql-url", envOr("PARLEY_POSTGRESQL_URL", defaultPostgreSQLURL), "PostgreSQL URL for the postgresql backend (env PARLEY_POSTGRESQL_URL)")
	fs.StringVar(&opts.logLevel, "log-level", "warn", "log level: debug, info, warn or error")
	fs.BoolVar(&opts.idIndex, "sqlite-id-index", true, "sqlite backend: add the _id expression index FerretDB's _id lookups need (idindex.go)")
	fs.BoolVar(&opts.ginIndex, "postgresql-gin-index", true, "postgresql backend: mirror each declared index as the GIN expression index FerretDB's equality filters need (ginindex.go)")
	fs.BoolVar(&opts.stopOnStdin, "stop-on-stdin-close", false, "stop cleanly when stdin reaches end of file")

	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}

	switch opts.backend {
	case "sqlite", "postgresql":
	default:
		return nil, fmt.Errorf("--backend must be sqlite or postgresql, got %q", opts.backend)
	}
	if opts.backend == "sqlite" && opts.dataDir == "" {
		return nil, errors.New("--data-dir must not be empty for the sqlite backend")
	}

	return opts, nil
}

func pingPostgreSQL(rawURL string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	conn, err := pgx.Connect(ctx, rawURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)

	return conn.Ping(ctx)
}

// redactURL hides a password in a PostgreSQL URL for error messages.
func redactURL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}

func parseLevel(s string) slog.Level {
	var level slog.Level
	if err := level.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelWarn
	}
	return level
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// setFerretDBVersion makes buildInfo report the real FerretDB version instead of "unknown".
// The version package only fills it from generated files when FerretDB itself is the main module,
// and Parley's capability check (`buildInfo.ferretdbVersion`) reads better with a real value.
func setFerretDBVersion() {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return
	}
	for _, dep := range info.Deps {
		if dep.Path == ferretDBModule {
			version.Get().Version = dep.Version
			return
		}
	}
}

// quietHandler drops FerretDB's per-request noise: every command that answers ok: 0 (including
// expected ones such as the driver's endSessions, which FerretDB v1 does not implement) is logged
// as two multi-line WARN records, every client that closes its socket abruptly (pooled drivers do)
// as "Connection stopped", and on PostgreSQL every duplicate-key insert as an ERROR. The client
// already receives those errors; at warn level they only bury real problems. Run with --log-level
// info or debug to see them all.
type quietHandler struct {
	slog.Handler
}

func (h *quietHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level == slog.LevelWarn {
		switch {
		case strings.HasPrefix(r.Message, "Response header: "),
			strings.HasPrefix(r.Message, "Response message:"),
			r.Message == "Connection stopped":
			return nil
		}
	}
	if r.Message == "Query" && isUniqueViolation(r) {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

// isUniqueViolation tells a PostgreSQL query that failed on a unique index (SQLSTATE 23505). The
// PostgreSQL backend logs it at ERROR, but for Parley it is the expected outcome of a lost race
// (the client gets duplicate-key 11000 and handles it), not a fault.
func isUniqueViolation(r slog.Record) bool {
	found := false
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "err" && strings.Contains(a.Value.String(), "SQLSTATE 23505") {
			found = true
			return false
		}
		return true
	})
	return found
}

func (h *quietHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &quietHandler{Handler: h.Handler.WithAttrs(attrs)}
}

func (h *quietHandler) WithGroup(name string) slog.Handler {
	return &quietHandler{Handler: h.Handler.WithGroup(name)}
}
