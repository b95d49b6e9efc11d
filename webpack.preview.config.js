// Builds the browser preview into dist-preview/: the task pane (the add-in's own App) beside a grid of a sample
// workbook held by the in-memory Excel host (tools/excel-host). No Office, no network: `npm run preview` serves it.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const SAMPLES = path.resolve(__dirname, 'assets/samples');

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const samples = fs.existsSync(SAMPLES) ? fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort() : [];
  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: { preview: './preview/main.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-preview'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ PREVIEW_SAMPLES: JSON.stringify(samples) }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './preview/index.html' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'preview/preview.css', to: 'preview.css' },
          ...(samples.length > 0 ? [{ from: 'assets/samples/*.xlsx', to: 'samples/[name][ext]' }] : []),
        ],
      }),
    ],
    performance: { hints: false },
  };
};
