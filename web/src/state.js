// The UI's state lives in the URL's query string, so that every view with
// its filters can be shared as a link: ?view=network&source=RUS&quad=3,4.

// FILTERS are the event filter parameters of the API, in form order.
export const FILTERS = ['actor', 'source', 'target', 'code', 'plover', 'place', 'from', 'to', 'quad', 'q'];

// VIEWS are the views the tabs show; "article" is opened from them.
export const VIEWS = ['timeline', 'network', 'map', 'events', 'articles', 'article'];

// current returns the URL's parameters.
export function current() {
  return new URLSearchParams(window.location.search);
}

// view returns the current view's name.
export function view(params = current()) {
  const v = params.get('view');
  return VIEWS.includes(v) ? v : 'timeline';
}

// LINK_FILTERS are event filters that links set but the form does not
// show: "?view=events&article=ID" lists one article's events.
export const LINK_FILTERS = ['article'];

// filters returns only the event filter parameters of params.
export function filters(params = current()) {
  const out = new URLSearchParams();
  for (const k of [...FILTERS, ...LINK_FILTERS]) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

// href builds a link to a view with the given parameters.
export function href(viewName, params) {
  const q = new URLSearchParams(params);
  q.set('view', viewName);
  // Keep "view" first for readable links.
  const out = new URLSearchParams({ view: viewName });
  for (const [k, v] of q) if (k !== 'view' && v !== '') out.set(k, v);
  return '?' + out.toString();
}

// go navigates to a link inside the app without reloading the page.
export function go(link, replace = false) {
  if (replace) history.replaceState(null, '', link);
  else history.pushState(null, '', link);
  window.dispatchEvent(new Event('parley:navigate'));
}
