// A person's or organisation's header: where they work and where else to find them (ORCID,
// GitHub, X, Google Scholar, a homepage), from their affiliations, web links and identifiers.

import { el, link } from './dom.js';
import { entityHref, identifierUrl } from './iris.js';

const AFFILIATION = 'https://schema.org/affiliation';
const HOMEPAGE_PROPERTIES = new Set(['https://schema.org/url', 'http://xmlns.com/foaf/0.1/homepage']);
const PROFILE_SITES = [
  [/(^|\.)orcid\.org$/, 'ORCID'],
  [/(^|\.)github\.com$/, 'GitHub'],
  [/(^|\.)(twitter|x)\.com$/, 'X (Twitter)'],
  [/^scholar\.google\./, 'Google Scholar'],
  [/(^|\.)semanticscholar\.org$/, 'Semantic Scholar'],
  [/(^|\.)linkedin\.com$/, 'LinkedIn'],
  [/(^|\.)youtube\.com$/, 'YouTube'],
  [/(^|\.)wikipedia\.org$/, 'Wikipedia'],
];
/** Relations the header shows, so the lists of links below need not. */
export const HEADER_RELATIONS = new Set([AFFILIATION]);

/** "at OpenAI, Stanford": the affiliations as links, or null. */
export function affiliationLine(entity) {
  const orgs = (entity.outgoing ?? []).filter((g) => g.property === AFFILIATION).flatMap((g) => g.targets ?? []);
  if (!orgs.length) return null;
  return el('p', { class: 'entity-head__affiliation' }, el('span', { class: 'entity-head__lead' }, 'Affiliation'),
    orgs.flatMap((org, i) => [i ? ', ' : null, link(entityHref(org.iri), org.label || org.iri)]));
}

/** The profiles of a person or organisation as a row of named links, or null when none is known. */
export function profileLinks(entity) {
  const seen = new Set();
  const profiles = [];
  const add = (url, name) => {
    const key = String(url).replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '').toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    profiles.push(link(url, name, { class: 'profile-link', title: url }));
  };
  for (const group of entity.literals ?? []) {
    for (const value of group.values ?? []) {
      const url = identifierUrl(group.property, value.value);
      if (url) add(url, siteOf(url) ?? group.label);
    }
  }
  for (const webLink of entity.links ?? []) {
    const site = siteOf(webLink.url);
    if (site) add(webLink.url, site);
    else if (HOMEPAGE_PROPERTIES.has(webLink.property)) add(webLink.url, 'Homepage');
  }
  if (!profiles.length) return null;
  return el('p', { class: 'entity-head__profiles' }, el('span', { class: 'entity-head__lead' }, 'Profiles'),
    el('ul', { class: 'profile-links' }, profiles.map((p) => el('li', {}, p))));
}

function siteOf(url) {
  let host;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
  return PROFILE_SITES.find(([pattern]) => pattern.test(host))?.[1] ?? null;
}
