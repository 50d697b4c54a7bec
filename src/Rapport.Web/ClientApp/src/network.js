// The actor network page: draws /api/v1/network with cytoscape.js and exports it as PNG. Loaded from
// /assets/app/network.js (bundled by esbuild; no CDN, no inline script: the CSP allows scripts from this server only).
import cytoscape from 'cytoscape';

const kindColours = { person: '#4e79a7', organization: '#f28e2b', state: '#59a14f' };
const edgeColours = { meeting: '#f28e2b', support: '#59a14f', statement: '#4e79a7', affiliation: '#bbbbbb' };

// The brokers the server found (NetworkMetrics.TopBrokers) are listed under the graph; their node ids are read from
// that list rather than recomputed here, so the outline and the list always agree.
function brokerIds() {
  return new Set(Array.from(document.querySelectorAll('#brokers li[data-id]')).map((li) => li.getAttribute('data-id')));
}

// The kinds of link ticked in the filter; with no filter on the page, every kind.
function checkedKinds() {
  const boxes = Array.from(document.querySelectorAll('#edge-kinds input[type=checkbox]'));
  if (boxes.length === 0) { return null; }
  const kinds = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
  // Unticking every box shows everything, as the server reads it too.
  return kinds.size === 0 ? null : kinds;
}

function elementsOf(network, brokers) {
  const degree = new Map();
  for (const e of network.edges) {
    degree.set(e.source, (degree.get(e.source) || 0) + e.weight);
    degree.set(e.target, (degree.get(e.target) || 0) + e.weight);
  }
  const nodes = network.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, kind: n.kind, group: n.group || '', broker: brokers.has(n.id), size: 18 + Math.min(40, 4 * Math.sqrt(degree.get(n.id) || 0)) },
  }));
  const edges = network.edges.map((e, i) => ({
    group: 'edges',
    data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, weight: e.weight, support: e.support || '' },
  }));
  return nodes.concat(edges);
}

function download(url, name) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

// Cytoscape injects a <style> element for its container unless an element with this id exists; the CSP blocks
// inline styles, so site.css carries that one rule (.__________cytoscape_container) and this marker says so.
function markStylesheet() {
  const id = '__________cytoscape_stylesheet';
  if (!document.getElementById(id)) {
    const marker = document.createElement('meta');
    marker.id = id;
    document.head.appendChild(marker);
  }
}

function start() {
  const box = document.getElementById('network');
  if (!box) { return; }
  const status = document.getElementById('network-status');
  markStylesheet();
  fetch(box.getAttribute('data-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => { if (!r.ok) { throw new Error('status ' + r.status); } return r.json(); })
    .then((network) => {
      const brokers = brokerIds();
      const cy = cytoscape({
        container: box,
        elements: elementsOf(network, brokers),
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: {
            'background-color': (n) => kindColours[n.data('kind')] || '#999',
            label: 'data(label)', 'font-size': 10, width: 'data(size)', height: 'data(size)',
            'text-valign': 'bottom', 'text-margin-y': 3, color: '#222' } },
          { selector: 'edge', style: {
            width: (e) => Math.min(8, 1 + Math.log2(1 + e.data('weight'))),
            'line-color': (e) => edgeColours[e.data('kind')] || '#ccc', 'curve-style': 'bezier', opacity: 0.7,
            'target-arrow-shape': (e) => (e.data('kind') === 'support' ? 'triangle' : 'none'),
            'target-arrow-color': (e) => edgeColours[e.data('kind')] || '#ccc' } },
          { selector: ':selected', style: { 'border-width': 3, 'border-color': '#e15759' } },
          { selector: 'node[?broker]', style: { 'border-width': 6, 'border-color': '#d62728', 'border-style': 'solid', 'font-weight': 'bold' } },
        ],
        // Laid out below, once the links the filter leaves out are gone, so they do not pull the drawing.
        layout: { name: 'null' },
      });
      cy.on('tap', 'node', (evt) => {
        const info = document.getElementById('network-selection');
        if (info) { info.textContent = evt.target.data('label') + ' (' + evt.target.data('kind') + ', ' + evt.target.degree() + ' links)'; }
      });
      cy.on('dbltap', 'node', (evt) => { window.location.href = '/actors/' + encodeURIComponent(evt.target.data('label')); });
      // Filtering removes the unticked kinds' edges from the graph (and restores them), so counts, layout and the PNG
      // all see the same network; the removed edges are kept here to put back.
      let hidden = cy.collection();
      const applyKinds = () => {
        const kinds = checkedKinds();
        hidden.restore();
        hidden = kinds === null ? cy.collection() : cy.edges().filter((e) => !kinds.has(e.data('kind'))).remove();
        box.setAttribute('data-nodes', String(cy.nodes().length));
        box.setAttribute('data-edges', String(cy.edges().length));
        status.textContent = cy.nodes().length + ' actors, ' + cy.edges().length + ' links. Click an actor for details, double-click to open its page.';
      };
      applyKinds();
      cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 80 }).run();
      for (const input of document.querySelectorAll('#edge-kinds input[type=checkbox]')) {
        input.addEventListener('change', applyKinds);
      }
      box.setAttribute('data-brokers', String(cy.nodes('[?broker]').length));
      const png = document.getElementById('export-png');
      png.disabled = false;
      png.addEventListener('click', () => {
        const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
        const url = URL.createObjectURL(blob);
        download(url, 'network.png');
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      });
      box.setAttribute('data-ready', 'true');
    })
    .catch((e) => { status.textContent = 'The network could not be loaded: ' + e.message; });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
