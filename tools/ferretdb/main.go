// Command ferretdb runs FerretDB v1 embedded in-process, so that development and tests
// get a MongoDB-compatible engine without downloading MongoDB (which these machines cannot).
// `go install` of FerretDB panics at start because its build version file is absent from
// the module; embedding it through the ferretdb package avoids that.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func env(name, fallback string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return fallback
}

func main() {
	listen := flag.String("listen", env("FERRETDB_LISTEN", "127.0.0.1:27018"), "TCP address to listen on (loopback only)")
	dir := flag.String("sqlite-dir", env("FERRETDB_SQLITE_DIR", ".data/ferretdb"), "directory for the SQLite handler's files")
	pgURL := flag.String("postgresql-url", env("FERRETDB_POSTGRESQL_URL", ""), "use the PostgreSQL handler with this URL instead of SQLite")
	logLevel := flag.String("log-level", env("FERRETDB_LOG_LEVEL", "warn"), "debug, info, warn or error")
	plainIDs := flag.Bool("no-id-lookup-index", false, "leave _id lookups scanning (the baseline of bench:ferretdb)")
	sync := flag.String("sqlite-synchronous", env("FERRETDB_SQLITE_SYNCHRONOUS", "normal"), "SQLite's synchronous setting: normal or full")
	withParent := flag.Bool("exit-with-parent", false, "stop when the process that started this one exits (set by the start and test commands)")
	flag.Parse()

	if err := run(*listen, *dir, *pgURL, *logLevel, !*plainIDs, *sync, *withParent); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
}

func run(listen, dir, pgURL, logLevel string, idLookupIndex bool, synchronous string, exitWithParent bool) error {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return fmt.Errorf("invalid -listen %q: %w", listen, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("refusing to listen on %q: only loopback addresses are allowed", listen)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("invalid -log-level %q: %w", logLevel, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	conf := ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: listen}, Logger: logger}
	if pgURL != "" {
		conf.Handler = "postgresql"
		conf.PostgreSQLURL = pgURL
	} else {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(abs, 0o755); err != nil {
			return fmt.Errorf("cannot create SQLite directory: %w", err)
		}
		conf.Handler = "sqlite"
		// normal: with FerretDB's WAL journal, a commit survives a crash of this process but not a
		// power cut before the next checkpoint, like a standalone MongoDB's default (w: 1, journal
		// flushed every 100 ms); full syncs the disk on every commit (about 0.2 ms per insert here).
		if synchronous != "normal" && synchronous != "full" {
			return fmt.Errorf("invalid -sqlite-synchronous %q: normal or full", synchronous)
		}
		conf.SQLiteURL = "file:" + strings.TrimSuffix(abs, "/") + "/?_pragma=synchronous(" + synchronous + ")"
	}

	f, err := ferretdb.New(&conf)
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	if exitWithParent {
		go watchParent(ctx, time.Second, os.Getppid, func() {
			logger.Warn("the process that started FerretDB has exited: stopping")
			stop()
		})
	}

	if conf.Handler == "sqlite" && idLookupIndex {
		go indexIDLookups(ctx, dir, logger)
	}

	// The start and test scripts wait for this line before connecting.
	fmt.Fprintf(os.Stdout, "ferretdb ready on %s (%s)\n", listen, conf.Handler)
	return f.Run(ctx)
}
