// How one literal value reads on the page: identifiers link to their site, dates read as dates.

import { el, link } from './dom.js';
import { identifierUrl } from './iris.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/**
 * Renders `{value, datatype, lang}` of a literal of `property`.
 * `renderValue(".../ontology#arxivId", {value: "2105.05233"})` → a link to arxiv.org/abs/2105.05233.
 */
export function renderValue(property, literal) {
  const value = String(literal?.value ?? '');
  const url = identifierUrl(property, value);
  const main = url ? link(url, value, { class: 'identifier' }) : renderPlain(value, literal?.datatype);
  if (!literal?.lang) return main;
  return el('span', {}, main, ' ', el('span', { class: 'lang', title: 'language' }, literal.lang));
}

function renderPlain(value, datatype) {
  const date = formatDate(value, datatype);
  if (date) return el('time', { datetime: value }, date);
  const duration = datatype === `${XSD}duration` ? formatDuration(value) : null;
  if (duration) return el('time', { datetime: value }, duration);
  return el('span', {}, value);
}

/** "PT54M34S" → "54 min 34 s"; null for anything it does not understand. */
function formatDuration(value) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return null;
  const [, d, h, m, s] = match;
  const parts = [[d, 'd'], [h, 'h'], [m, 'min'], [s, 's']]
    .filter(([n]) => n !== undefined)
    .map(([n, unit]) => `${Number(n)} ${unit}`);
  return parts.length ? parts.join(' ') : null;
}

/** A date in the reader's locale ("11 May 2021"), or null when the value is not a date. */
function formatDate(value, datatype) {
  const options = { timeZone: 'UTC' };
  let match;
  if (datatype === `${XSD}date` && (match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    Object.assign(options, { year: 'numeric', month: 'long', day: 'numeric' });
  } else if (datatype === `${XSD}gYearMonth` && (match = /^(\d{4})-(\d{2})$/.exec(value))) {
    Object.assign(options, { year: 'numeric', month: 'long' });
    match.push('01');
  } else {
    return null;
  }
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return Number.isNaN(date.getTime()) ? null : new Intl.DateTimeFormat(undefined, options).format(date);
}
