// The upload and briefs page: refuses files over the upload limit before sending them, and polls the upload's
// status handler to show its progress. No inline script: the CSP forbids it.
(function () {
  'use strict';

  var form = document.getElementById('upload-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      var max = Number(form.getAttribute('data-max-bytes'));
      var files = document.getElementById('upload-files').files;
      for (var i = 0; i < files.length; i++) {
        if (max > 0 && files[i].size > max) {
          event.preventDefault();
          document.getElementById('upload-error').textContent = files[i].name + ' is larger than the limit of ' + max + ' bytes.';
          return;
        }
      }
    });
  }

  var box = document.getElementById('ingest-status');
  if (!box) { return; }
  var url = box.getAttribute('data-status-url');
  var bar = document.getElementById('ingest-progress');
  var state = document.getElementById('ingest-state');
  var list = document.getElementById('ingest-items');

  function show(job) {
    bar.max = Math.max(job.total, 1);
    bar.value = job.done;
    state.textContent = job.state === 'running' ? 'running: ' + job.done + ' of ' + job.total : job.state;
    if (job.error) { state.textContent += ' — ' + job.error; }
    list.textContent = '';
    job.items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item.name + ': ' + item.outcome + (item.reason ? ' (' + item.reason + ')' : '');
      if (item.document) {
        li.appendChild(document.createTextNode(' '));
        var a = document.createElement('a');
        a.href = '/documents/' + encodeURIComponent(item.document);
        a.textContent = 'view';
        li.appendChild(a);
      }
      list.appendChild(li);
    });
    box.setAttribute('data-state', job.state);
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('status ' + r.status); } return r.json(); })
      .then(function (job) { show(job); if (job.state === 'running') { setTimeout(poll, 400); } })
      .catch(function (e) { state.textContent = 'status unavailable: ' + e.message; });
  }
  poll();
})();
