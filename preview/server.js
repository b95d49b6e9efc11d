// A tiny static server for the built preview (dist-preview/): Node's http module only, bound to localhost, no network.
//   node preview/server.js [port]      (default 3100; PORT=0 picks a free port)
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

/** Serves `root` on 127.0.0.1:port; resolves with the URL and a close function once listening. */
function startServer(root, port = 3100) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(base, relative);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${relative}`);
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://localhost:${address.port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

module.exports = { startServer };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', 'dist-preview');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('dist-preview/index.html is missing: run `npm run build:preview` first (or `npm run preview`, which builds).');
    process.exit(1);
  }
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3100);
  startServer(root, port).then(
    ({ url }) => console.log(`预览已启动 / preview running: ${url}  (Ctrl+C to stop)`),
    (error) => {
      console.error(`cannot listen on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
