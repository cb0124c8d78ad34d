// The page a browser gets while the shared graph store does not answer (served by WebServer with
// 503 or 502): what the server says is wrong, and a button that tries the page again.

import { getJson } from './api.js';

async function explain() {
  const detail = document.getElementById('unavailable-detail');
  try {
    await getJson('/health');
    // Back already: the page the reader asked for can load.
    window.location.reload();
  } catch (problem) {
    detail.textContent = problem.message;
    // This page says it already: no banner above it repeating the same words.
    document.getElementById('store-banner')?.remove();
  }
}

document.getElementById('unavailable-retry').addEventListener('click', () => window.location.reload());
explain();
