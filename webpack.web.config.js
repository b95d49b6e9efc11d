// Builds the web page (网页版, issue 13) into dist-web/: index.html and web.js beside it, for offices without Microsoft
// 365. It works opened from disk (file://) and from any static folder, and asks for nothing over the network.
//
// Two compilations, the second after the first:
//   worker  src/web/worker/checkWorker.ts, the reader and the check, into one file under build/web-worker/ (never
//           beside the page: Chromium refuses `new Worker('x.js')` from a file:// page, whose origin is opaque)
//   page    src/web/main.tsx into dist-web/web.js, with the worker's source inside it as text: the page starts the
//           worker from a Blob URL made of that text, which works from file:// and from http(s) alike.
// The worker is one file (a worker started from a Blob URL has no folder to load a chunk from); the page's lazy
// chunks (the pane's own readers, which the page never calls) stay beside it, never loaded.
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const WORKER_DIR = path.resolve(__dirname, 'build', 'web-worker');
const WORKER_FILE = 'check-worker.js';

const typescript = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
};

function common(mode) {
  return {
    mode,
    devtool: false,
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    performance: { hints: false },
  };
}

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const worker = {
    ...common(mode),
    name: 'worker',
    target: ['webworker', 'es2020'],
    entry: { worker: './src/web/worker/checkWorker.ts' },
    output: { path: WORKER_DIR, filename: WORKER_FILE, publicPath: '', clean: true },
    module: { rules: [typescript] },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  };
  const page = {
    ...common(mode),
    name: 'page',
    dependencies: ['worker'],
    target: ['web', 'es2020'],
    entry: { web: './src/web/main.tsx', sw: './src/web/serviceWorker.ts' },
    resolve: { ...common(mode).resolve, alias: { 'jl-check-worker-source$': path.join(WORKER_DIR, WORKER_FILE) } },
    module: { rules: [typescript, { test: new RegExp(`${WORKER_FILE.replace('.', '\\.')}$`), type: 'asset/source' }] },
    output: { path: path.resolve(__dirname, 'dist-web'), filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', publicPath: '', clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', scriptLoading: 'defer', chunks: ['web'] }),
      new CopyWebpackPlugin({ patterns: ['web.css', 'manifest.webmanifest', 'icon.svg'].map((f) => ({ from: `src/web/${f}`, to: f })) }),
    ],
  };
  return [worker, page];
};
