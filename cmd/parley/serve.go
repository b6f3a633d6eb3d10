package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os/signal"
	"strings"
	"syscall"

	"github.com/parley-events/parley/dict"
	phttp "github.com/parley-events/parley/http"
	"github.com/parley-events/parley/sqlite"
	"github.com/parley-events/parley/web"
)

// ServeCommand is "parley serve": the JSON API and the web UI over the
// database.
type ServeCommand struct {
	main *Main
	// ready, if set, is called with the listening address (tests use
	// --addr 127.0.0.1:0).
	ready func(addr string)
}

// Run parses the flags and serves until interrupted (SIGINT or SIGTERM).
func (c *ServeCommand) Run(ctx context.Context, args []string) error {
	m := c.main
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on (HOST:PORT)")
	db := fs.String("db", defaultDB, "the SQLite database file (created if missing)")
	cf := addCoderFlags(fs)
	logLevel := fs.String("log-level", "info", "log level: debug, info, warn or error")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, `Usage: parley serve [flags]

Serves the web UI at / and the JSON API at /api/ (described at
/api/openapi.json) over the database. Logs are JSON lines on standard error.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		return usageError(m.Stderr, fs, "unexpected argument %q", fs.Arg(0))
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return usageError(m.Stderr, fs, "--log-level: want debug, info, warn or error")
	}
	logger := slog.New(slog.NewJSONHandler(m.Stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM)
	defer stop()

	cd, err := cf.load(func(p dict.Problem) { logger.Warn("dictionary problem", "problem", p.String()) })
	if err != nil {
		return err
	}
	store, err := sqlite.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if !web.Built() {
		logger.Warn("the web UI was not built into this binary: / shows how to build it; the API works")
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	srv := &phttp.Server{Store: store, Coder: cd, UI: web.Dist(), Logger: logger}
	url := "http://" + ln.Addr().String() + "/"
	if strings.HasPrefix(*addr, ":") || strings.HasPrefix(*addr, "0.0.0.0:") {
		url = "http://localhost:" + portOf(ln.Addr()) + "/"
	}
	logger.Info("serving", "url", url, "db", store.Path(), "schema", sqlite.SchemaVersion())
	if c.ready != nil {
		c.ready(ln.Addr().String())
	}
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	logger.Info("stopped")
	return nil
}

func portOf(a net.Addr) string {
	_, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return ""
	}
	return port
}
