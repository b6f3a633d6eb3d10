// Calls to parley's JSON API. Errors come back as {error: {code, message}}
// and are thrown as ApiError with the server's message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// get fetches an API path with query parameters (a URLSearchParams or an
// object; empty values are left out) and returns the decoded JSON.
export async function get(path, params) {
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params || {});
  for (const [k, v] of entries) {
    if (v !== undefined && v !== null && v !== '') q.append(k, v);
  }
  const url = path + (q.toString() ? '?' + q.toString() : '');
  let resp;
  try {
    resp = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'network', 'The parley server does not answer: is it still running?');
  }
  let body;
  try {
    body = await resp.json();
  } catch (e) {
    throw new ApiError(resp.status, 'internal', `The server answered ${resp.status} without JSON.`);
  }
  if (!resp.ok) {
    const err = body && body.error ? body.error : { code: 'internal', message: `HTTP ${resp.status}` };
    throw new ApiError(resp.status, err.code, err.message);
  }
  return body;
}
