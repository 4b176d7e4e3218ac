// Everything the keystroke benchmark knows about the page's DOM, in one place.
//
// run.mjs speaks of fields by *logical ids* and never touches a selector or an accessible
// name itself:
//
//   'VServerGroupName', 'LoadBalancerId', 'RegionId', …   a scalar text field (its API name)
//   'ServerId.10', 'Description.1', 'Port.2', 'Type.3'     a BackendServers row field (1-based)
//   'Tag.1.Key', 'Tag.1.Value'                             a tag field (1-based)
//
// When the page changes (rows moving inside components, labels becoming `Tag.1.Key`,
// request-url moving into a shadow root, …) this file is the only one to edit. Playwright's
// getByRole / getByLabel / getByTestId pierce open shadow roots, and run.mjs hands the
// element handles these locators resolve to into the page, so no selector is ever evaluated
// inside the page.

/** The BackendServers row fields, in form order (their API names). */
export const SERVER_FIELDS = ['ServerId', 'Port', 'Weight', 'Type', 'ServerIp', 'Description'];

/** Row fields that are <select>s (set with selectOption, not fill). */
const SELECT_FIELDS = new Set(['Type']);

/** The most BackendServers rows a request may have (the page stops adding there). */
export const MAX_ROWS = 20;

/** Parses a logical id into { kind: 'text' | 'row' | 'tag', … }. */
export function parseField(id) {
  let m = /^([A-Za-z]+)\.(\d+)$/.exec(id);
  if (m && SERVER_FIELDS.includes(m[1])) return { kind: 'row', field: m[1], n: Number(m[2]), id };
  m = /^Tag\.(\d+)\.(Key|Value)$/.exec(id);
  if (m) return { kind: 'tag', part: m[2], n: Number(m[1]), id };
  if (/^[A-Za-z]+$/.test(id)) return { kind: 'text', name: id, id };
  throw new Error(`unknown field id ${JSON.stringify(id)} (expected e.g. VServerGroupName, Description.10, Tag.1.Value)`);
}

/**
 * The accessible name the page gives a field today.
 * Rows: `Description 10`; tags: `Tag.1.Value` (the wire name); scalar fields: their API name.
 */
export function accessibleName(id) {
  const f = parseField(id);
  if (f.kind === 'row') return `${f.field} ${f.n}`;
  if (f.kind === 'tag') return `Tag.${f.n}.${f.part}`;
  return f.name;
}

/** A Locator for the field's control (textbox, or combobox for selects). */
export function field(page, id) {
  const name = accessibleName(id);
  const f = parseField(id);
  if (f.kind === 'row') return page.getByLabel(name, { exact: true });
  return page
    .getByRole('textbox', { name, exact: true })
    .or(page.getByRole('combobox', { name, exact: true }));
}

/** A Locator for the element holding the signed request URL. */
export function requestUrl(page) {
  return page.getByTestId('request-url');
}

/** Waits until the app has rendered (the request URL is in the DOM). */
export async function waitReady(page, timeout = 30_000) {
  await requestUrl(page).waitFor({ state: 'attached', timeout });
}

/** How many BackendServers rows the form shows (counted by their ServerId inputs). */
export async function rowCount(page) {
  return page.getByRole('textbox', { name: /^ServerId \d+$/ }).count();
}

/** The "+ Add server" button. */
export function addServerButton(page) {
  return page.getByTestId('add-server');
}

/** The "+ Add tag" button. */
export function addTagButton(page) {
  return page.getByRole('button', { name: /^\+ Add tag$/ });
}

/** Sets one field through the UI (fill for text inputs, selectOption for selects). */
export async function setField(page, id, value) {
  const f = parseField(id);
  const loc = field(page, id);
  if (f.kind === 'row' && SELECT_FIELDS.has(f.field)) await loc.selectOption(value);
  else await loc.fill(value);
}

/** The value a field shows. */
export async function fieldValue(page, id) {
  return field(page, id).inputValue();
}

/**
 * Makes sure the field exists, adding server rows or tag rows through the UI when the form
 * has fewer. Returns false when it cannot (no add button, or the button is disabled).
 */
export async function ensureField(page, id) {
  const f = parseField(id);
  const have = async () => (await field(page, id).count()) > 0;
  if (await have()) return true;
  const add = f.kind === 'row' ? addServerButton(page) : f.kind === 'tag' ? addTagButton(page) : null;
  if (!add) return false;
  for (let guard = 0; guard < 50 && !(await have()); guard++) {
    if ((await add.count()) === 0 || (await add.isDisabled())) return false;
    await add.click();
  }
  return have();
}

/** The values of a "full" row n (1-based): every field filled, valid for Type eni. */
export function fullRow(n) {
  const hex = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return {
    ServerId: `eni-bp1${hex}${'q7k2m9w'}${String(n).padStart(2, '0')}`,
    Port: String(8000 + n),
    Weight: String(((n * 7) % 100) + 1),
    Type: 'eni',
    ServerIp: `192.168.${Math.floor(n / 200)}.${(n % 200) + 10}`,
    Description: `backend-${n}.zone-h_web/app`,
  };
}

/** The scalar fields the set-up fills besides the rows. */
export const SETUP_TEXT = {
  VServerGroupName: 'bench-group_1',
};

/**
 * "N full rows" through the UI: adds rows until there are `rows`, fills every field of every
 * row (removing nothing: the form starts with the seed example's 3 rows) and the scalar fields
 * of SETUP_TEXT.
 */
export async function setupRowsViaUi(page, rows = MAX_ROWS) {
  const add = addServerButton(page);
  for (let guard = 0; (await rowCount(page)) < rows; guard++) {
    if (guard > rows + 5) throw new Error(`could not add rows: ${await rowCount(page)} of ${rows}`);
    await add.click();
  }
  for (let n = 1; n <= rows; n++) {
    const values = fullRow(n);
    for (const name of SERVER_FIELDS) await setField(page, `${name}.${n}`, values[name]);
  }
  for (const [id, v] of Object.entries(SETUP_TEXT)) await setField(page, id, v);
}

/**
 * The permalink fragment (without `#`) for the same set-up, in the format of
 * crates/vsg-core/src/permalink.rs (version 1): `v1&r=…&lb=…&n=…&s=row;row;…`, each row
 * `ServerId,Port,Weight,Type,ServerIp,Description`. Only for builds that read permalinks.
 */
export function presetFragment(rows = MAX_ROWS, operation = 'create') {
  const enc = (s) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const s = [];
  for (let n = 1; n <= rows; n++) {
    const r = fullRow(n);
    s.push(SERVER_FIELDS.map((k) => enc(r[k])).join(','));
  }
  if (operation === 'modify') {
    // ModifyVServerGroupBackendServers with both lists full: Old (the main list, typed in)
    // and New, `rows` rows each.
    const fresh = [];
    for (let n = 1; n <= rows; n++) {
      const r = fullRow(n + rows);
      fresh.push(SERVER_FIELDS.map((k) => enc(r[k])).join(','));
    }
    return ['v1', 'op=ModifyVServerGroupBackendServers', 'r=cn-hangzhou', 'g=rsp-bench0000',
      `os=${s.join(';')}`, `ns=${fresh.join(';')}`].join('&');
  }
  return [
    'v1',
    'r=cn-hangzhou',
    'lb=lb-bp1qjwo61pqz3ahltv0mw',
    `n=${enc(SETUP_TEXT.VServerGroupName)}`,
    `s=${s.join(';')}`,
  ].join('&');
}

/** Checks the set-up: `rows` rows whose fields hold fullRow(n). Returns a list of problems. */
export async function checkSetup(page, rows = MAX_ROWS) {
  const problems = [];
  const count = await rowCount(page);
  if (count !== rows) problems.push(`expected ${rows} rows, the form shows ${count}`);
  for (const n of [1, Math.ceil(rows / 2), rows]) {
    if (n > count) continue;
    const want = fullRow(n);
    for (const name of SERVER_FIELDS) {
      const got = await fieldValue(page, `${name}.${n}`).catch((e) => `<${e.message.split('\n')[0]}>`);
      if (got !== want[name]) problems.push(`${name}.${n} is ${JSON.stringify(got)}, expected ${JSON.stringify(want[name])}`);
    }
  }
  return problems;
}
