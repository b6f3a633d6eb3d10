package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/parley-events/parley"
	"github.com/parley-events/parley/web"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// samplePath is the product's first example, beside the repository.
var samplePath = filepath.Join("..", "..", "..", "shared", "samples", "zelensky-istanbul-talks.txt")

// nonASCII is an article whose evidence sits after multi-byte characters,
// so that byte offsets and JavaScript's UTF-16 indexes differ.
const nonASCII = "Zelensky accuses Putin — “lies” 🇺🇦\nKYIV, 12 May — Zelensky accused Putin of lying about the ceasefire.\nErdoğan’s office said Turkey’s president would host Zelensky in Ankara.\n"

// skipOrFail skips a test that lacks something on a developer's machine;
// in CI (CI=true), where .ci/run installs everything, it fails instead.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// artifactDir is where screenshots go: $PARLEY_ARTIFACTS, or a folder in
// the system's temporary directory.
func artifactDir(t *testing.T) string {
	dir := os.Getenv("PARLEY_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "parley-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// apiGet decodes a JSON API answer.
func apiGet(t *testing.T, base, path string, out any) {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

// TestBrowser runs the real program: it ingests the sample article, starts
// "parley serve", posts an article with non-ASCII text, and drives the UI
// in headless Chromium, saving a screenshot of each view.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped with -short")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		skipOrFail(t, "no %s: install Debian's chromium to run the browser tests", chromiumPath)
	}
	if _, err := os.Stat(samplePath); err != nil {
		t.Skipf("the sample article is absent (%v): ../shared is not beside the repository", err)
	}
	if !web.Built() {
		skipOrFail(t, "the web UI is not built: run ./build.sh (or npm ci && npm run build in web/)")
	}

	db := filepath.Join(t.TempDir(), "parley.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, "--published", "2025-05-11", samplePath); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}

	// Start the server on a free port.
	ctx, cancel := context.WithCancel(context.Background())
	var logs bytes.Buffer
	var logMu sync.Mutex
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: lockedWriter{&logs, &logMu}}
	addrc := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- (&ServeCommand{main: m, ready: func(a string) { addrc <- a }}).Run(ctx, []string{"--db", db, "--addr", "127.0.0.1:0"})
	}()
	var base string
	select {
	case a := <-addrc:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		if t.Failed() {
			logMu.Lock()
			t.Logf("server log:\n%s", logs.String())
			logMu.Unlock()
		}
	})

	// Post the non-ASCII article through the API.
	body, _ := json.Marshal(map[string]string{"id": "non-ascii", "text": nonASCII, "published": "2025-05-12"})
	resp, err := http.Post(base+"/api/articles", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("post: %d", resp.StatusCode)
	}

	// What the API says the UI should show.
	var sample parley.StoredArticle
	apiGet(t, base, "/api/articles/zelensky-istanbul-talks", &sample)
	if len(sample.Events) < 3 {
		t.Fatalf("the sample has %d events; the test needs a few", len(sample.Events))
	}
	var all struct{ Buckets []parley.Bucket }
	apiGet(t, base, "/api/aggregates?interval=day", &all)
	dated := 0
	for _, b := range all.Buckets {
		dated += b.Count
	}
	var total struct{ Buckets []parley.Bucket }
	apiGet(t, base, "/api/aggregates", &total)
	nEvents := total.Buckets[0].Count
	var dyads struct{ Buckets []parley.Bucket }
	apiGet(t, base, "/api/aggregates?by=source,target", &dyads)
	actors, edges := map[string]bool{}, 0
	for _, b := range dyads.Buckets {
		if b.Source != "" && b.Target != "" {
			actors[b.Source], actors[b.Target] = true, true
			edges++
		}
	}

	// The browser.
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer acancel()
	var consoleErrors []string
	var consoleMu sync.Mutex
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if s := consoleError(ev); s != "" {
			consoleMu.Lock()
			consoleErrors = append(consoleErrors, s)
			consoleMu.Unlock()
		}
	}))
	defer bcancel()
	bctx, tcancel := context.WithTimeout(bctx, 2*time.Minute)
	defer tcancel()

	shots := artifactDir(t)
	screenshot := func(t *testing.T, name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(shots, "browser-"+name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot of the %s view: %s", name, p)
	}
	// rendered waits for a view to finish and returns its data attributes.
	rendered := func(t *testing.T, view string) map[string]string {
		t.Helper()
		if err := chromedp.Do(bctx, chromedp.WaitVisible(fmt.Sprintf(`#view[data-rendered="%s"]`, view))); err != nil {
			t.Fatalf("view %s did not render: %v", view, err)
		}
		attrs, err := chromedp.Run(bctx, chromedp.Attributes("#view"))
		if err != nil {
			t.Fatal(err)
		}
		if e := attrs["data-error"]; e != "" {
			t.Fatalf("view %s shows an error: %s", view, e)
		}
		return attrs
	}
	open := func(t *testing.T, path, view string) map[string]string {
		t.Helper()
		if err := chromedp.Do(bctx, chromedp.Navigate(base+path)); err != nil {
			t.Fatalf("navigate to %s: %v", path, err)
		}
		return rendered(t, view)
	}
	eval := func(t *testing.T, js string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		return v
	}
	atoi := func(t *testing.T, s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("%q is not a number", s)
		}
		return n
	}

	t.Run("Timeline", func(t *testing.T) {
		a := open(t, "/?view=timeline", "timeline")
		if got := atoi(t, a["data-events"]); got != dated {
			t.Errorf("timeline shows %d events, the API has %d dated ones", got, dated)
		}
		if n := eval(t, `String(document.querySelectorAll('#timeline-chart canvas').length)`); n == "0" {
			t.Error("the timeline has no chart canvas")
		}
		if s := eval(t, `document.getElementById('timeline-summary').textContent`); !strings.Contains(s, "Verbal cooperation") {
			t.Errorf("timeline summary: %q", s)
		}
		screenshot(t, "timeline")
	})
	t.Run("Network", func(t *testing.T) {
		a := open(t, "/?view=network", "network")
		if got := atoi(t, a["data-nodes"]); got != len(actors) {
			t.Errorf("network has %d nodes, want %d actors", got, len(actors))
		}
		if got := atoi(t, a["data-edges"]); got != edges {
			t.Errorf("network has %d edges, want %d dyads", got, edges)
		}
		if n := eval(t, `String(window.parleyNetwork.edges().length)`); atoi(t, n) != edges {
			t.Errorf("cytoscape draws %s edges, want %d", n, edges)
		}
		screenshot(t, "network")
	})
	t.Run("Map", func(t *testing.T) {
		a := open(t, "/?view=map", "map")
		if atoi(t, a["data-countries"]) == 0 || atoi(t, a["data-dots"]) == 0 {
			t.Errorf("the map shows %s countries and %s circles", a["data-countries"], a["data-dots"])
		}
		if n := atoi(t, eval(t, `String(document.querySelectorAll('#map circle.dot').length)`)); n != atoi(t, a["data-dots"]) {
			t.Errorf("the map draws %d circles, want %s", n, a["data-dots"])
		}
		// The sample's events have places: the circles sum to the events
		// with a place.
		var placed struct{ Buckets []parley.Bucket }
		apiGet(t, base, "/api/aggregates?by=place_country", &placed)
		want := 0
		for _, b := range placed.Buckets {
			if b.PlaceCountry != "" {
				want += b.Count
			}
		}
		if got := atoi(t, eval(t, `String([...document.querySelectorAll('#map circle.dot')].reduce((s, c) => s + Number(c.dataset.count), 0))`)); got != want || want == 0 {
			t.Errorf("the map's circles hold %d events, want the %d with a place", got, want)
		}
		if n := atoi(t, eval(t, `String(document.querySelectorAll('#map path.country').length)`)); n < 200 {
			t.Errorf("the map draws %d country shapes, want the world", n)
		}
		screenshot(t, "map")
	})
	t.Run("Table", func(t *testing.T) {
		a := open(t, "/?view=events", "events")
		if got := atoi(t, a["data-rows"]); got != nEvents {
			t.Errorf("the table has %d rows, the API has %d events", got, nEvents)
		}
		if n := atoi(t, eval(t, `String(document.querySelectorAll('#events-table tbody tr').length)`)); n != nEvents {
			t.Errorf("the table draws %d rows, want %d", n, nEvents)
		}
		screenshot(t, "table")
	})
	t.Run("Filter", func(t *testing.T) {
		open(t, "/?view=events", "events")
		var want struct{ Buckets []parley.Bucket }
		apiGet(t, base, "/api/aggregates?actor=RUS&quad=3", &want)
		if err := chromedp.Do(bctx,
			chromedp.SetValue(`#filters input[name="actor"]`, "RUS"),
			chromedp.Click(`#filters input[name="quad"][value="3"]`),
			chromedp.Click(`#filters button[type="submit"]`),
		); err != nil {
			t.Fatal(err)
		}
		a := rendered(t, "events")
		if got := atoi(t, a["data-rows"]); got != want.Buckets[0].Count || got == 0 {
			t.Errorf("filtered table: %d rows, want %d (and some)", got, want.Buckets[0].Count)
		}
		loc := eval(t, `window.location.search`)
		q, _ := url.ParseQuery(strings.TrimPrefix(loc, "?"))
		if q.Get("actor") != "RUS" || q.Get("quad") != "3" || q.Get("view") != "events" {
			t.Errorf("the filter is not in the URL: %s", loc)
		}
		screenshot(t, "table-filtered")
		// The URL is shareable: loading it shows the same selection.
		a = open(t, "/"+loc, "events")
		if got := atoi(t, a["data-rows"]); got != want.Buckets[0].Count {
			t.Errorf("the shared URL shows %d rows, want %d", got, want.Buckets[0].Count)
		}
		if v := eval(t, `document.querySelector('#filters input[name="actor"]').value`); v != "RUS" {
			t.Errorf("the shared URL's form shows actor %q", v)
		}
		// The other views keep the filter.
		a = open(t, "/"+strings.Replace(loc, "view=events", "view=timeline", 1), "timeline")
		if got := atoi(t, a["data-events"]); got != want.Buckets[0].Count {
			t.Errorf("the filtered timeline shows %d events, want %d", got, want.Buckets[0].Count)
		}
	})
	t.Run("Article", func(t *testing.T) {
		open(t, "/?view=events&article=zelensky-istanbul-talks", "events")
		id := eval(t, `document.querySelector('#events-table tbody tr').dataset.id`)
		if err := chromedp.Do(bctx, chromedp.Click(`#events-table tbody tr a.article-link`)); err != nil {
			t.Fatal(err)
		}
		a := rendered(t, "article")
		if atoi(t, a["data-marks"]) == 0 {
			t.Fatal("the article has no highlighted evidence")
		}
		var ev *parley.StoredEvent
		for _, e := range sample.Events {
			if strconv.FormatInt(e.ID, 10) == id {
				ev = e
			}
		}
		if ev == nil {
			t.Fatalf("event %s is not in the sample", id)
		}
		if n := eval(t, `String(document.querySelectorAll('#article-text mark.active').length)`); n == "0" {
			t.Error("the event opened from the table is not highlighted")
		}
		checkSpans(t, eval, ev)
		if li := eval(t, `document.querySelector('#article-events li.active').dataset.id`); li != id {
			t.Errorf("the active event in the list is %s, want %s", li, id)
		}
		screenshot(t, "article")
	})
	t.Run("ArticleNonASCII", func(t *testing.T) {
		var art parley.StoredArticle
		apiGet(t, base, "/api/articles/non-ascii", &art)
		if len(art.Events) == 0 {
			t.Skip("the coder finds no event in the non-ASCII article")
		}
		open(t, "/?view=article&id=non-ascii", "article")
		for _, e := range art.Events {
			checkSpans(t, eval, e)
		}
		if got := eval(t, `document.getElementById('article-text').textContent`); got != nonASCII {
			t.Errorf("the article text is changed by the highlighting:\n got %q\nwant %q", got, nonASCII)
		}
		screenshot(t, "article-non-ascii")
	})
	consoleMu.Lock()
	defer consoleMu.Unlock()
	for _, e := range consoleErrors {
		t.Errorf("browser console: %s", e)
	}
}

// checkSpans checks that the marks of an event's source, target and
// trigger hold exactly their text.
func checkSpans(t *testing.T, eval func(*testing.T, string) string, e *parley.StoredEvent) {
	t.Helper()
	roles := map[string]string{"source": e.Source.Text, "trigger": e.Evidence.Trigger}
	if e.Target != nil {
		roles["target"] = e.Target.Text
	}
	for role, want := range roles {
		js := fmt.Sprintf(`[...document.querySelectorAll('#article-text mark')].filter(m => m.dataset.roles.split(' ').includes('%d:%s')).map(m => m.textContent).join('')`, e.ID, role)
		if got := eval(t, js); got != want {
			t.Errorf("event %d (%s %s): the %s highlight reads %q, want %q", e.ID, e.Code, e.Source.Code, role, got, want)
		}
	}
}

// lockedWriter serialises writes to a buffer.
type lockedWriter struct {
	b  *bytes.Buffer
	mu *sync.Mutex
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

// consoleError describes a browser console error or uncaught exception,
// or returns "".
func consoleError(ev any) string {
	switch ev := ev.(type) {
	case *cdpruntime.EventConsoleAPICalled:
		if ev.Type != cdpruntime.ConsoleAPICalledTypeError {
			return ""
		}
		var parts []string
		for _, a := range ev.Args {
			if len(a.Value) > 0 {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		return strings.Join(parts, " ")
	case *cdpruntime.EventExceptionThrown:
		d := ev.ExceptionDetails
		if d.Exception != nil && d.Exception.Description != "" {
			return d.Exception.Description
		}
		return d.Text
	}
	return ""
}
