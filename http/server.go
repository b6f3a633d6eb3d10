// Package http serves parley's JSON API over a parley.Store and the web UI's
// files. It imports only the root package: the store, the coder and the UI
// files are given to a Server by the command that wires the program.
package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/parley-events/parley"
)

// Coder codes one article; *coder.Coder satisfies it and is safe for
// concurrent use.
type Coder interface {
	Code(a *parley.Article) (*parley.Doc, []parley.Event)
}

// Defaults of a Server's limits.
const (
	DefaultMaxBodyBytes = 8 << 20 // bytes of a POST body
	DefaultMaxArticles  = 1000    // articles in one POST
)

// Error codes the HTTP layer adds to the store's.
const (
	ETOOLARGE         = "too_large"
	EMETHODNOTALLOWED = "method_not_allowed"
	EUNAVAILABLE      = "unavailable"
)

// Server is the HTTP API and UI server. Set its fields, then call Handler
// or Serve.
type Server struct {
	Store parley.Store
	// Coder codes posted articles; without one, posting answers 503.
	Coder Coder
	// UI holds the built web UI (index.html and its assets). Without an
	// index.html, "/" answers with a page that says how to build it.
	UI fs.FS
	// Logger receives one record per request and the details of internal
	// errors; nil discards them.
	Logger *slog.Logger
	// MaxBodyBytes and MaxArticles bound a POST; zero means the defaults.
	MaxBodyBytes int64
	MaxArticles  int
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}

// Handler returns the server's routes wrapped in logging and panic
// recovery.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(method, path string, h http.HandlerFunc) {
		mux.HandleFunc(method+" "+path, h)
		// The same path with another method: a JSON 405 rather than the
		// mux's plain-text one.
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", method)
			s.writeError(w, r, &httpError{status: http.StatusMethodNotAllowed, code: EMETHODNOTALLOWED,
				message: fmt.Sprintf("%s %s is not supported: use %s", r.Method, r.URL.Path, method)})
		})
	}
	route("GET", "/api/events", s.handleEvents)
	route("GET", "/api/aggregates", s.handleAggregates)
	mux.HandleFunc("GET /api/articles", s.handleArticles)
	mux.HandleFunc("POST /api/articles", s.handlePostArticles)
	mux.HandleFunc("/api/articles", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET, POST")
		s.writeError(w, r, &httpError{status: http.StatusMethodNotAllowed, code: EMETHODNOTALLOWED,
			message: fmt.Sprintf("%s /api/articles is not supported: use GET to list or POST to add articles", r.Method)})
	})
	route("GET", "/api/articles/{id...}", s.handleArticle)
	route("GET", "/api/openapi.json", s.handleOpenAPI)
	route("GET", "/api/health", func(w http.ResponseWriter, r *http.Request) {
		s.writeJSON(w, r, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, parley.Errorf(parley.ENOTFOUND, "no API endpoint %s: see /api/openapi.json", r.URL.Path))
	})
	mux.Handle("/", s.uiHandler())
	return s.recoverer(s.logRequests(mux))
}

// Serve answers requests on ln until ctx is done, then shuts down
// gracefully, letting requests in flight finish for up to 10 seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.logger().Info("shutting down", "reason", context.Cause(ctx).Error())
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// httpError is an error with its own HTTP status.
type httpError struct {
	status  int
	code    string
	message string
}

func (e *httpError) Error() string { return e.code + ": " + e.message }

// errorBody is the JSON form of every error: {"error": {"code", "message"}}.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

var statusOf = map[string]int{
	parley.EINVALID:  http.StatusBadRequest,
	parley.ENOTFOUND: http.StatusNotFound,
	parley.ECONFLICT: http.StatusConflict,
	parley.EINTERNAL: http.StatusInternalServerError,
}

// writeError writes err as JSON with its status. Internal errors are
// logged and shown only as "Internal error.".
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var body errorBody
	status := http.StatusInternalServerError
	var he *httpError
	if errors.As(err, &he) {
		status, body.Error.Code, body.Error.Message = he.status, he.code, he.message
	} else {
		body.Error.Code, body.Error.Message = parley.ErrorCode(err), parley.ErrorMessage(err)
		if st, ok := statusOf[body.Error.Code]; ok {
			status = st
		}
	}
	if status == http.StatusInternalServerError {
		s.logger().ErrorContext(r.Context(), "internal error", "method", r.Method, "path", r.URL.Path, "error", err.Error())
		if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
			return // the client went away
		}
	}
	s.writeJSON(w, r, status, body)
}

// writeJSON writes v as indented-free JSON with a status.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.logger().ErrorContext(r.Context(), "encode response", "path", r.URL.Path, "error", err.Error())
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"Internal error."}}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}

// statusWriter remembers the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs one record per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		s.logger().LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.String("query", r.URL.RawQuery),
			slog.Int("status", sw.status),
			slog.Int("bytes", sw.bytes),
			slog.Float64("ms", float64(time.Since(start).Microseconds())/1000),
			slog.String("remote", r.RemoteAddr),
		)
	})
}

// recoverer turns a panic in a handler into a logged 500.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.logger().ErrorContext(r.Context(), "panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				s.writeError(w, r, fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}
