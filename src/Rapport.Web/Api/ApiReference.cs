namespace Rapport.Web.Api;

/// <summary>
/// <c>/api/reference</c>: an interactive reference built in the browser from <c>/openapi/v1.json</c>. Self-contained
/// because the Content-Security-Policy allows scripts and styles from this server only, with no inline script:
/// packaged viewers (Scalar, Swagger UI) configure themselves with an inline script or load from a CDN.
/// </summary>
public static class ApiReference
{
    /// <summary>Where the page is served.</summary>
    public const string Path = "/api/reference";

    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Rapport API reference</title>
        <link rel="stylesheet" href="/api/reference/reference.css">
        <script src="/api/reference/reference.js" defer></script>
        </head>
        <body>
        <header>
        <h1>Rapport API reference</h1>
        <p>Every operation of <a href="/openapi/v1.json">/openapi/v1.json</a>. Requests are sent with your sign-in cookie,
        or with the API token below (<code>Authorization: Bearer rpt_…</code>); the token stays in this page.</p>
        <label>API token <input id="token" type="password" autocomplete="off" placeholder="rpt_…" size="60"></label>
        </header>
        <main id="operations"><p>Loading the OpenAPI document…</p></main>
        </body>
        </html>
        """;

    private const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem; color: #1b1b1b; }
        h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }
        details { border: 1px solid #ddd; border-radius: 4px; margin: .4rem 0; padding: .3rem .6rem; }
        summary { cursor: pointer; }
        .method { display: inline-block; font-family: monospace; font-weight: bold; min-width: 4.5rem; }
        .path { font-family: monospace; }
        .summary { color: #555; margin-left: .5rem; }
        form label { display: block; margin: .3rem 0; }
        form input[type=text] { width: 24rem; }
        textarea { width: 100%; min-height: 6rem; font-family: monospace; }
        pre { background: #f5f5f5; padding: .5rem; overflow: auto; max-height: 30rem; white-space: pre-wrap; }
        .status { font-weight: bold; }
        """;

    // Builds the page with DOM calls and textContent only: nothing from the document (or a response) is ever parsed as HTML.
    private const string Script = """
        'use strict';
        (function () {
          function el(tag, text, cls) {
            var e = document.createElement(tag);
            if (text !== undefined && text !== null) { e.textContent = text; }
            if (cls) { e.className = cls; }
            return e;
          }

          function resolve(doc, schema) {
            if (schema && schema.$ref) {
              var parts = schema.$ref.replace(/^#\//, '').split('/');
              var s = doc;
              for (var i = 0; i < parts.length && s; i++) { s = s[parts[i]]; }
              return s || {};
            }
            return schema || {};
          }

          function example(doc, schema, depth) {
            schema = resolve(doc, schema);
            if (depth > 3) { return null; }
            if (schema.properties) {
              var o = {};
              Object.keys(schema.properties).forEach(function (k) { o[k] = example(doc, schema.properties[k], depth + 1); });
              return o;
            }
            var type = Array.isArray(schema.type) ? schema.type.filter(function (t) { return t !== 'null'; })[0] : schema.type;
            if (type === 'array') { return []; }
            if (type === 'integer' || type === 'number') { return 0; }
            if (type === 'boolean') { return false; }
            return '';
          }

          function operation(doc, method, path, op) {
            var details = el('details');
            var summary = el('summary');
            summary.appendChild(el('span', method.toUpperCase(), 'method'));
            summary.appendChild(el('span', path, 'path'));
            summary.appendChild(el('span', op.summary || '', 'summary'));
            details.appendChild(summary);

            var form = el('form');
            var inputs = [];
            (op.parameters || []).forEach(function (p) {
              p = resolve(doc, p);
              var label = el('label', p.name + ' (' + p.in + (p.required ? ', required' : '') + ') ');
              var input = el('input');
              input.type = 'text';
              input.name = p.name;
              label.appendChild(input);
              form.appendChild(label);
              inputs.push({ p: p, input: input });
            });

            var body = null;
            var bodyType = null;
            var file = null;
            if (op.requestBody && op.requestBody.content) {
              var types = Object.keys(op.requestBody.content);
              bodyType = types[0];
              if (bodyType === 'multipart/form-data') {
                var fileLabel = el('label', 'files ');
                file = el('input');
                file.type = 'file';
                file.multiple = true;
                fileLabel.appendChild(file);
                form.appendChild(fileLabel);
              } else {
                var bodyLabel = el('label', 'body (' + bodyType + ')');
                body = el('textarea');
                var schema = op.requestBody.content[bodyType].schema;
                if (bodyType.indexOf('json') >= 0) { body.value = JSON.stringify(example(doc, schema, 0), null, 2); }
                bodyLabel.appendChild(body);
                form.appendChild(bodyLabel);
              }
            }

            var send = el('button', 'Try it');
            send.type = 'submit';
            form.appendChild(send);
            var status = el('p', '', 'status');
            var output = el('pre');
            form.appendChild(status);
            form.appendChild(output);

            form.addEventListener('submit', function (event) {
              event.preventDefault();
              var url = path;
              var query = [];
              inputs.forEach(function (x) {
                var v = x.input.value;
                if (x.p.in === 'path') { url = url.replace('{' + x.p.name + '}', encodeURIComponent(v)); }
                else if (x.p.in === 'query' && v !== '') { query.push(encodeURIComponent(x.p.name) + '=' + encodeURIComponent(v)); }
              });
              if (query.length) { url += '?' + query.join('&'); }
              var headers = { 'X-Requested-With': 'rapport' };
              var token = document.getElementById('token').value.trim();
              if (token) { headers.Authorization = 'Bearer ' + token; }
              var init = { method: method.toUpperCase(), headers: headers, credentials: 'same-origin' };
              if (file) {
                var data = new FormData();
                Array.prototype.forEach.call(file.files, function (f) { data.append('files', f, f.name); });
                init.body = data;
              } else if (body) {
                headers['Content-Type'] = bodyType;
                init.body = body.value;
              }
              status.textContent = 'Sending ' + init.method + ' ' + url + '…';
              output.textContent = '';
              fetch(url, init).then(function (response) {
                status.textContent = response.status + ' ' + response.statusText + ' — ' + (response.headers.get('Content-Type') || '');
                var type = response.headers.get('Content-Type') || '';
                if (type.indexOf('json') >= 0 || type.indexOf('text') >= 0 || type.indexOf('xml') >= 0) {
                  return response.text().then(function (t) {
                    try { output.textContent = JSON.stringify(JSON.parse(t), null, 2); } catch (e) { output.textContent = t; }
                  });
                }
                return response.blob().then(function (b) { output.textContent = '(' + b.size + ' bytes of ' + type + ')'; });
              }).catch(function (e) { status.textContent = 'Failed: ' + e; });
            });

            details.appendChild(form);
            return details;
          }

          function render(doc) {
            var main = document.getElementById('operations');
            main.textContent = '';
            var byTag = {};
            Object.keys(doc.paths || {}).sort().forEach(function (path) {
              var item = doc.paths[path];
              ['get', 'post', 'put', 'patch', 'delete'].forEach(function (method) {
                var op = item[method];
                if (!op) { return; }
                var tag = (op.tags && op.tags[0]) || 'Other';
                (byTag[tag] = byTag[tag] || []).push(operation(doc, method, path, op));
              });
            });
            Object.keys(byTag).sort().forEach(function (tag) {
              main.appendChild(el('h2', tag));
              byTag[tag].forEach(function (node) { main.appendChild(node); });
            });
          }

          document.addEventListener('DOMContentLoaded', function () {
            fetch('/openapi/v1.json', { credentials: 'same-origin' })
              .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
              .then(render)
              .catch(function (e) { document.getElementById('operations').textContent = 'Could not load /openapi/v1.json: ' + e; });
          });
        })();
        """;

    /// <summary>Maps the page, its script and its style sheet; open to anyone, as the OpenAPI document is.</summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var reference = app.MapGroup(Path).AllowAnonymous().ExcludeFromDescription();
        reference.MapGet("/", () => TypedResults.Text(Html, "text/html; charset=utf-8")).WithName("ApiReference");
        reference.MapGet("/reference.js", () => TypedResults.Text(Script, "application/javascript; charset=utf-8")).WithName("ApiReferenceScript");
        reference.MapGet("/reference.css", () => TypedResults.Text(Css, "text/css; charset=utf-8")).WithName("ApiReferenceStyles");
        return app;
    }
}
