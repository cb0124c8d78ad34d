// The results card: what the query answered (a table, a yes/no, or a graph with its Turtle),
// how long it took and how much came back, and buttons to download it.

import { el, replaceContent } from './dom.js';
import { notice } from './widgets.js';
import { download, downloadFormats, fetchFormat } from './workbench-endpoint.js';
import { drawGraph, graphModel, MAX_DRAWN_TRIPLES } from './workbench-graph.js';
import { fetchLabels } from './api.js';
import { renderAsk, renderTable } from './workbench-results.js';

const number = new Intl.NumberFormat();
let graph = null; // the Cytoscape drawing on show, destroyed before the next answer

/**
 * Shows an answer of `query` (the text as sent, parameters bound) in the results card.
 * `parts` = {status, notice, downloads, body}: the card's elements.
 */
export async function showAnswer(answer, query, parts) {
  graph?.destroy();
  graph = null;
  replaceContent(parts.status, summary(answer));
  replaceContent(parts.notice, answer.truncated
    ? notice(`Only the first ${number.format(answer.rowLimit ?? 0)} ${answer.type === 'graph' ? 'triples' : 'rows'}`,
      'The server stops there. Add a LIMIT, or narrow the pattern, to see the part you need.', { tone: 'info', headingLevel: 3 })
    : null);
  replaceContent(parts.downloads, downloadButtons(answer.type, query, parts.status));
  if (answer.type === 'ask') replaceContent(parts.body, renderAsk(answer.value));
  else if (answer.type === 'select') replaceContent(parts.body, await selectView(answer));
  else replaceContent(parts.body, await graphView(answer, query));
}

function summary(answer) {
  const time = el('span', { class: 'results-card__time' }, `${number.format(answer.elapsedMs)} ms`);
  if (answer.type === 'ask') return [el('strong', {}, answer.value ? 'Yes' : 'No'), ' · ', time];
  const count = answer.type === 'select' ? answer.rows.length : answer.triples.length;
  const unit = answer.type === 'select' ? 'row' : 'triple';
  return [el('strong', { class: 'results-card__count' }, `${number.format(count)} ${unit}${count === 1 ? '' : 's'}`), ' · ', time];
}

function downloadButtons(type, query, status) {
  return downloadFormats(type).map((format) => {
    const button = el('button', { type: 'button', class: 'button button--small', title: `Download as ${format.label}` },
      el('span', { 'aria-hidden': 'true' }, '↓ '), format.label);
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await download(query, format);
      } catch (error) {
        status.append(' · ', el('span', { class: 'results-card__error' }, `Download failed: ${error.message}`));
      } finally {
        button.disabled = false;
      }
    });
    return button;
  });
}

async function selectView(answer) {
  if (!answer.rows.length) {
    return notice('No rows', 'Nothing in the graph matches the pattern. Loosen it: fewer triples, or OPTIONAL around some.',
      { tone: 'info', headingLevel: 3 });
  }
  return renderTable(answer);
}

// Two tabs: the drawing (first) and the Turtle text, fetched when first asked for.
async function graphView(answer, query) {
  if (!answer.triples.length) {
    return notice('An empty graph', 'The query matched nothing, so it built no triples.', { tone: 'info', headingLevel: 3 });
  }
  const drawPanel = el('div', { id: 'graph-panel', class: 'tabs__panel', role: 'tabpanel', 'aria-labelledby': 'graph-tab' });
  const turtlePanel = el('div', { id: 'turtle-panel', class: 'tabs__panel', role: 'tabpanel', 'aria-labelledby': 'turtle-tab', hidden: true });
  const tabs = tabList([['graph-tab', 'Graph', drawPanel], ['turtle-tab', 'Turtle', turtlePanel]], (panel) => {
    if (panel === turtlePanel && !turtlePanel.childElementCount) fillTurtle(turtlePanel, query);
    if (panel === drawPanel) graph?.resize();
  });
  const box = el('div', { class: 'graph-answer' }, tabs, drawPanel, turtlePanel);
  if (answer.triples.length > MAX_DRAWN_TRIPLES) {
    drawPanel.append(notice('Too many triples to draw',
      `${number.format(answer.triples.length)} triples would not read as a picture; the Turtle tab has them all.`,
      { tone: 'info', headingLevel: 3 }));
    return box;
  }
  const iris = answer.triples.flatMap(({ s, o }) => [s, o]).filter((t) => t.type === 'uri').map((t) => t.value);
  const labels = await fetchLabels(iris).catch(() => new Map());
  const model = graphModel(answer.triples, labels);
  const canvas = el('div', { class: 'graph-canvas', role: 'img', 'aria-label': `A drawing of ${model.nodes.length} nodes and ${model.edges.length} edges` });
  const side = el('aside', { class: 'graph-side', 'aria-live': 'polite' });
  const values = el('input', { type: 'checkbox', id: 'show-values' });
  const fit = el('button', { type: 'button', class: 'button button--small' }, 'Fit to view');
  drawPanel.append(
    el('div', { class: 'graph-tools' },
      el('label', { class: 'graph-tools__toggle' }, values, ' Show values as nodes'), fit),
    el('div', { class: 'graph-layout' }, canvas, side));
  const draw = async () => {
    graph?.destroy();
    graph = await drawGraph(model, canvas, side, labels, { showValues: values.checked });
  };
  values.addEventListener('change', draw);
  fit.addEventListener('click', () => graph?.fit(undefined, 24));
  // Cytoscape measures its container: draw once the box is in the page.
  requestAnimationFrame(() => draw().catch((error) => {
    replaceContent(drawPanel, notice('The graph could not be drawn', error.message, { headingLevel: 3 }));
  }));
  return box;
}

async function fillTurtle(panel, query) {
  replaceContent(panel, el('p', { class: 'muted' }, 'Loading the Turtle…'));
  try {
    const { text } = await fetchFormat(query, 'turtle');
    const pre = el('pre', { class: 'turtle', tabindex: '0' }, el('code', {}, text));
    replaceContent(panel, pre);
    if (window.CodeMirror?.runMode) {
      const code = pre.firstChild;
      code.textContent = '';
      window.CodeMirror.runMode(text, 'text/turtle', code);
      pre.classList.add('cm-s-default');
    }
  } catch (error) {
    replaceContent(panel, notice('The Turtle did not load', error.message, { headingLevel: 3 }));
  }
}

/** An ARIA tab list over panels; arrow keys move between tabs. `onShow(panel)` on each switch. */
function tabList(tabs, onShow) {
  const buttons = tabs.map(([id, label, panel], i) => el('button', {
    id, type: 'button', role: 'tab', class: 'tabs__tab', 'aria-controls': panel.id,
    'aria-selected': String(i === 0), tabindex: i === 0 ? '0' : '-1',
  }, label));
  const select = (index) => {
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      tabs[i][2].hidden = i !== index;
    });
    onShow(tabs[index][2]);
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        const next = (i + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length;
        select(next);
        buttons[next].focus();
      }
    });
  });
  return el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Show the graph as' }, buttons);
}
