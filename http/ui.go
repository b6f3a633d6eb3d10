package http

import (
	"errors"
	"io/fs"
	"net/http"
	"strings"
)

// placeholderPage is served at "/" when the UI has not been built.
const placeholderPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>parley: web UI not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em}code{background:#eee;padding:0 .2em}</style>
</head><body>
<h1>The parley web UI has not been built</h1>
<p>This parley binary was built without its web UI. Build the complete binary from the
repository with <code>./build.sh</code> (it needs Node.js 20 and npm: it runs
<code>npm ci &amp;&amp; npm run build</code> in <code>web/</code>, then <code>go build</code>).</p>
<p>The JSON API works without it: see <a href="/api/openapi.json">/api/openapi.json</a>,
for example <a href="/api/events">/api/events</a>.</p>
</body></html>
`

// contentSecurityPolicy keeps the UI to its own files: no CDN, no tiles.
const contentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// uiHandler serves the built UI files, index.html at "/".
func (s *Server) uiHandler() http.Handler {
	var files http.Handler
	if s.UI != nil {
		files = http.FileServerFS(s.UI)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.writeError(w, r, &httpError{status: http.StatusMethodNotAllowed, code: EMETHODNOTALLOWED, message: r.Method + " " + r.URL.Path + " is not supported: use GET"})
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "" || name == "index.html" {
			b, err := s.readUI("index.html")
			if err != nil {
				h.Set("Content-Type", "text/html; charset=utf-8")
				w.WriteHeader(http.StatusOK)
				w.Write([]byte(placeholderPage))
				return
			}
			h.Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b)
			return
		}
		if files == nil || !fs.ValidPath(name) || strings.HasPrefix(name, ".") || strings.Contains(name, "/.") {
			http.NotFound(w, r)
			return
		}
		if st, err := fs.Stat(s.UI, name); err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	})
}

func (s *Server) readUI(name string) ([]byte, error) {
	if s.UI == nil {
		return nil, errors.New("no UI")
	}
	return fs.ReadFile(s.UI, name)
}
